package nl.xlascorecard.sandbox.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Serves the sandbox's own static files ({@code sandbox-static/} on the class path: AUI and sandbox styles). */
public final class StaticFilesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String ROOT = "sandbox-static";

    private final transient ClasspathFiles files = new ClasspathFiles(StaticFilesServlet.class.getClassLoader());

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Optional<String> type = path == null ? Optional.empty() : ClasspathFiles.contentType(path);
        Optional<byte[]> body = type.isEmpty() ? Optional.empty() : files.read(ROOT + path);
        if (body.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(type.get());
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(body.get());
    }
}
