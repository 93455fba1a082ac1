package nl.xlascorecard.sandbox.webresource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.xlascorecard.plugin.i18n.BundleMessages;
import nl.xlascorecard.sandbox.auth.Visitor;
import nl.xlascorecard.sandbox.descriptor.WebResourceModule;
import nl.xlascorecard.sandbox.web.ClasspathFiles;

/**
 * Serves the files of the plugin's web resources: {@code /s/<lang>/<pluginKey>:<module>/<name>},
 * from the {@code location} the descriptor gives, with the {@code jsI18n} transformation applied
 * when the module declares it. Only files named in the descriptor are served.
 */
public final class WebResourceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient WebResources webResources;
    private final transient ClasspathFiles files = new ClasspathFiles(WebResourceServlet.class.getClassLoader());

    public WebResourceServlet(WebResources webResources) {
        this.webResources = webResources;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String[] parts = path == null ? new String[0] : path.substring(1).split("/", 3);
        if (parts.length != 3 || !(parts[0].equals("en") || parts[0].equals("nl"))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<WebResourceModule> module = webResources.descriptor().webResource(parts[1]);
        Optional<WebResourceModule.Resource> resource = module.flatMap(m -> m.resources().stream()
                .filter(r -> r.name().equals(parts[2])).findFirst());
        Optional<String> type = resource.flatMap(r -> ClasspathFiles.contentType(r.name()));
        Optional<byte[]> body = type.isEmpty() ? Optional.empty() : files.read(resource.get().location());
        if (body.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] bytes = body.get();
        if (module.get().appliesJsI18n(resource.get())) {
            Locale locale = parts[0].equals("nl") ? Visitor.DUTCH : Visitor.ENGLISH;
            String transformed = JsI18nTransformer.transform(new String(bytes, StandardCharsets.UTF_8), new BundleMessages(locale));
            bytes = transformed.getBytes(StandardCharsets.UTF_8);
        }
        response.setContentType(type.get());
        // The sandbox is for development: always revalidate, so an edited file shows on reload.
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
