package nl.xlascorecard.plugin.web;

import java.io.IOException;
import java.util.Optional;

import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.plugin.i18n.Messages;
import nl.xlascorecard.plugin.security.CallerResolver;

/**
 * {@code /plugins/servlet/xla/admin/template}: the scorecard template editor, for administrators
 * only. Others get a 403 page; saving is checked again by the template service.
 */
public final class TemplateAdminServlet extends HttpServlet {

    public static final String PATH = "/plugins/servlet/xla/admin/template";
    static final String TEMPLATE = "templates/web/template-admin.vm";

    private static final long serialVersionUID = 1L;

    private final transient PageRendering rendering;
    private final transient CallerResolver callers;

    public TemplateAdminServlet(TemplateRenderer renderer, PageBuilderService pageBuilder, CallerResolver callers,
                                Messages messages) {
        this.rendering = new PageRendering(renderer, pageBuilder, messages);
        this.callers = callers;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> caller = rendering.admit(callers, request, response, Caller::isAdministrator,
                "xla.web.forbidden.admin");
        if (caller.isEmpty()) {
            return;
        }
        rendering.render(response, TEMPLATE, WebResources.TEMPLATE_ADMIN_PAGE,
                new TemplateAdminPage(request.getContextPath(), rendering.languageTag()));
    }
}
