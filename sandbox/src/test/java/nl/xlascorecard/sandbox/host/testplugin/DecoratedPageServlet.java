package nl.xlascorecard.sandbox.host.testplugin;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;

import nl.xlascorecard.sandbox.host.TestPage;

/** A plugin page as the web area writes them: requires its web resource, renders a template, asks for decoration. */
public class DecoratedPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;

    public DecoratedPageServlet(TemplateRenderer renderer, PageBuilderService pageBuilder) {
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        pageBuilder.assembler().resources().requireWebResource("nl.xlascorecard.sandbox-test:test-page");
        response.setContentType("text/html;charset=UTF-8");
        renderer.render("templates/sandbox-test/decorated.vm", Map.of("page", new TestPage(request.getParameter("title"))),
                response.getWriter());
    }
}
