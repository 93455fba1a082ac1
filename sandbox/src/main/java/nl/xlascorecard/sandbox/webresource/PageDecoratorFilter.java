package nl.xlascorecard.sandbox.webresource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import nl.xlascorecard.sandbox.auth.CurrentVisitor;
import nl.xlascorecard.sandbox.auth.Visitor;

/**
 * Wraps the plugin's servlets ({@code /plugins/servlet/*}): gives the page a fresh web-resource
 * assembler, buffers the HTML the servlet writes and, when the page asks for decoration, returns
 * it inside the sandbox's page with AUI and the page's required resources.
 */
public final class PageDecoratorFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private final transient WebResources webResources;

    public PageDecoratorFilter(WebResources webResources) {
        this.webResources = webResources;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        RequestAssembler assembler = new RequestAssembler();
        BufferedResponse buffered = new BufferedResponse(response);
        response.setCharacterEncoding("UTF-8");
        SandboxPageBuilderService.begin(assembler);
        try {
            chain.doFilter(request, buffered);
        } finally {
            SandboxPageBuilderService.end();
        }
        byte[] body = buffered.body();
        String contentType = response.getContentType();
        boolean html = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("text/html");
        if (!html || response.isCommitted() || response.getStatus() >= 300 && response.getStatus() < 400) {
            response.getOutputStream().write(body);
            return;
        }
        Charset charset = Charset.forName(response.getCharacterEncoding(), StandardCharsets.UTF_8);
        String page = new String(body, charset);
        if (!PageDecorator.wantsDecoration(page)) {
            response.getOutputStream().write(body);
            return;
        }
        Visitor visitor = CurrentVisitor.get();
        String tags = webResources.tags(request.getContextPath(), visitor.locale(),
                webResources.resolve(assembler.webResources(), assembler.contexts()));
        String returnTo = request.getRequestURI() + (request.getQueryString() != null ? "?" + request.getQueryString() : "");
        byte[] decorated = new PageDecorator(request.getContextPath()).decorate(page, visitor, tags, returnTo)
                .getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(decorated.length);
        response.getOutputStream().write(decorated);
    }

    /** Keeps the servlet's body in memory; status and headers go straight through. */
    private static final class BufferedResponse extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
        private PrintWriter writer;
        private ServletOutputStream stream;

        BufferedResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new IllegalStateException("The sandbox decorator buffers pages; asynchronous output is not supported");
                    }

                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        buffer.write(b, off, len);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(buffer,
                        Charset.forName(getCharacterEncoding(), StandardCharsets.UTF_8)), false);
            }
            return writer;
        }

        @Override
        public void setContentLength(int len) {
            // The decorated page has another length; set after decoration.
        }

        @Override
        public void setContentLengthLong(long len) {
            // As setContentLength.
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toByteArray();
        }
    }
}
