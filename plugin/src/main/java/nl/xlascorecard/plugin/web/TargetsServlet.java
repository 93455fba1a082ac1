package nl.xlascorecard.plugin.web;

import java.io.IOException;
import java.util.Optional;

import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.xlascorecard.core.organisation.domain.Organisation;
import nl.xlascorecard.core.organisation.port.in.ManageOrganisations;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.plugin.i18n.Messages;
import nl.xlascorecard.plugin.security.CallerResolver;

/**
 * {@code /plugins/servlet/xla/targets?id=N}: an organisation's XLA targets with their statuses, and
 * for those who manage it the forms to add, change and remove its own targets. Like the
 * organisation page, a missing id, an unknown organisation and a hidden one get the same 404 page;
 * the script loads and saves through REST, where the core checks every change again. Each target's
 * status history opens in a dialog. Service managers also get a link to the default targets page
 * ({@link DefaultTargetsServlet}), which shows the same template in its "defaults" mode.
 */
public final class TargetsServlet extends HttpServlet {

    public static final String PATH = "/plugins/servlet/xla/targets";
    static final String TEMPLATE = "templates/web/targets.vm";

    private static final long serialVersionUID = 1L;

    private final transient PageRendering rendering;
    private final transient CallerResolver callers;
    private final transient ManageOrganisations organisations;

    public TargetsServlet(TemplateRenderer renderer, PageBuilderService pageBuilder, CallerResolver callers,
                          Messages messages, ManageOrganisations organisations) {
        this.rendering = new PageRendering(renderer, pageBuilder, messages);
        this.callers = callers;
        this.organisations = organisations;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> caller = rendering.loggedIn(callers, request, response);
        if (caller.isEmpty()) {
            return;
        }
        Optional<Organisation> organisation = OrganisationPageServlet.find(organisations, caller.get(),
                request.getParameter("id"));
        if (organisation.isEmpty()) {
            rendering.renderMessage(request, response, HttpServletResponse.SC_NOT_FOUND,
                    "xla.web.notfound.title", "xla.web.notfound.organisation");
            return;
        }
        rendering.render(response, TEMPLATE, WebResources.TARGETS_PAGE,
                TargetsPage.organisation(organisation.get().id(), organisation.get().name(), request.getContextPath(),
                        rendering.languageTag(), organisations.canManage(caller.get(), organisation.get().id()),
                        caller.get().isServiceManager()));
    }
}
