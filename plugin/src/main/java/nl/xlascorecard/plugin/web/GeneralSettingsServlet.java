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
 * {@code /plugins/servlet/xla/admin/settings}: the app's general settings (service-manager group,
 * limiting service managers to their organisations, attention threshold, minimum group size) and
 * the list of the other configuration pages. It is the descriptor's {@code configure.url}, so the
 * UPM's "Configure" link lands here. Administrators only; others get a 403 page, and saving is
 * checked again by the settings service.
 */
public final class GeneralSettingsServlet extends HttpServlet {

    public static final String PATH = "/plugins/servlet/xla/admin/settings";
    static final String TEMPLATE = "templates/web/general-settings.vm";

    private static final long serialVersionUID = 1L;

    private final transient PageRendering rendering;
    private final transient CallerResolver callers;

    public GeneralSettingsServlet(TemplateRenderer renderer, PageBuilderService pageBuilder, CallerResolver callers,
                                  Messages messages) {
        this.rendering = new PageRendering(renderer, pageBuilder, messages);
        this.callers = callers;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> caller = rendering.admit(callers, request, response, Caller::isAdministrator,
                "xla.web.forbidden.settings");
        if (caller.isEmpty()) {
            return;
        }
        rendering.render(response, TEMPLATE, WebResources.GENERAL_SETTINGS_PAGE,
                new GeneralSettingsPage(request.getContextPath(), rendering.languageTag()));
    }
}
