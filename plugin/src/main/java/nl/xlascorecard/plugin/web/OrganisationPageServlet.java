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
import nl.xlascorecard.core.shared.NotFoundException;
import nl.xlascorecard.plugin.i18n.Messages;
import nl.xlascorecard.plugin.security.CallerResolver;

/**
 * {@code /plugins/servlet/xla/organisation?id=N}: the organisation experience page (rounds,
 * results, improvement actions). A missing id, an unknown organisation and one the caller may not
 * see all get the same 404 page, so nobody can probe which organisations exist.
 */
public final class OrganisationPageServlet extends HttpServlet {

    public static final String PATH = "/plugins/servlet/xla/organisation";
    static final String TEMPLATE = "templates/web/organisation.vm";

    private static final long serialVersionUID = 1L;

    private final transient PageRendering rendering;
    private final transient CallerResolver callers;
    private final transient ManageOrganisations organisations;

    public OrganisationPageServlet(TemplateRenderer renderer, PageBuilderService pageBuilder, CallerResolver callers,
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
        Optional<Organisation> organisation = find(organisations, caller.get(), request.getParameter("id"));
        if (organisation.isEmpty()) {
            rendering.renderMessage(request, response, HttpServletResponse.SC_NOT_FOUND,
                    "xla.web.notfound.title", "xla.web.notfound.organisation");
            return;
        }
        rendering.render(response, TEMPLATE, WebResources.ORGANISATION_PAGE,
                new OrganisationPage(organisation.get().id(), organisation.get().name(), request.getContextPath(),
                        rendering.languageTag(),
                        organisations.canManage(caller.get(), organisation.get().id())));
    }

    /**
     * The organisation named by the page's {@code id} parameter if the caller may see it; empty for a
     * missing or malformed id, an unknown and a hidden organisation alike (also used by the targets page).
     */
    static Optional<Organisation> find(ManageOrganisations organisations, Caller caller, String id) {
        long organisationId;
        try {
            organisationId = Long.parseLong(id == null ? "" : id.trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        try {
            return Optional.of(organisations.get(caller, organisationId));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
