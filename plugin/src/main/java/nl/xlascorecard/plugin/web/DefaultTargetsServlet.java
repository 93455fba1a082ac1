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
 * {@code /plugins/servlet/xla/targets/defaults}: the default targets for every organisation that
 * does not set its own, on the organisations' targets page in its "defaults" mode (same template,
 * script and form). Service managers read them; administrators also add, change and delete them.
 * Everyone else gets the 403 page, as {@code GET targets/defaults} answers them 403; the script
 * saves through REST, where {@code @AdminOnly} and the core check every change again.
 */
public final class DefaultTargetsServlet extends HttpServlet {

    public static final String PATH = "/plugins/servlet/xla/targets/defaults";

    private static final long serialVersionUID = 1L;

    private final transient PageRendering rendering;
    private final transient CallerResolver callers;

    public DefaultTargetsServlet(TemplateRenderer renderer, PageBuilderService pageBuilder, CallerResolver callers,
                                 Messages messages) {
        this.rendering = new PageRendering(renderer, pageBuilder, messages);
        this.callers = callers;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> caller = rendering.admit(callers, request, response, Caller::isServiceManager,
                "xla.web.forbidden.defaulttargets");
        if (caller.isEmpty()) {
            return;
        }
        rendering.render(response, TargetsServlet.TEMPLATE, WebResources.TARGETS_PAGE,
                TargetsPage.defaults(request.getContextPath(), rendering.languageTag(),
                        caller.get().isAdministrator()));
    }
}
