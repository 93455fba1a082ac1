package nl.xlascorecard.plugin.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.xlascorecard.core.organisation.domain.Organisation;
import nl.xlascorecard.core.organisation.port.in.ManageOrganisations;
import nl.xlascorecard.core.scorecard.domain.Round;
import nl.xlascorecard.core.scorecard.domain.RoundResult;
import nl.xlascorecard.core.scorecard.port.in.ManageRounds;
import nl.xlascorecard.core.scorecard.port.in.ReadRoundResults;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.plugin.i18n.Messages;
import nl.xlascorecard.plugin.security.CallerResolver;

/**
 * {@code /plugins/servlet/xla/organisations}: the organisations the caller may see, a page at a
 * time, with the latest overall score and the state of the newest round. Rendered completely on
 * the server: it is a plain list that must work without JavaScript.
 */
public final class OrganisationsServlet extends HttpServlet {

    public static final String PATH = "/plugins/servlet/xla/organisations";
    static final String TEMPLATE = "templates/web/organisations.vm";
    static final int PAGE_SIZE = 25;

    private static final long serialVersionUID = 1L;

    private final transient PageRendering rendering;
    private final transient CallerResolver callers;
    private final transient ManageOrganisations organisations;
    private final transient ManageRounds rounds;
    private final transient ReadRoundResults results;

    public OrganisationsServlet(TemplateRenderer renderer, PageBuilderService pageBuilder, CallerResolver callers,
                                Messages messages, ManageOrganisations organisations,
                                ManageRounds rounds, ReadRoundResults results) {
        this.rendering = new PageRendering(renderer, pageBuilder, messages);
        this.callers = callers;
        this.organisations = organisations;
        this.rounds = rounds;
        this.results = results;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> caller = rendering.loggedIn(callers, request, response);
        if (caller.isEmpty()) {
            return;
        }
        Messages text = rendering.messages();
        Page<Organisation> page = organisations.list(caller.get(), new PageRequest(start(request), PAGE_SIZE));
        List<OrganisationRow> rows = page.items().stream().map(o -> row(caller.get(), o, request, text)).toList();
        rendering.render(response, TEMPLATE, WebResources.ORGANISATIONS_PAGE,
                new OrganisationsPage(rows, range(page, text), previousUrl(page, request), nextUrl(page, request)));
    }

    private OrganisationRow row(Caller caller, Organisation organisation, HttpServletRequest request, Messages text) {
        String url = request.getContextPath() + OrganisationPageServlet.PATH + "?id=" + organisation.id();
        List<Round> newest = rounds.list(caller, organisation.id(), PageRequest.first(1)).items();
        String state = newest.isEmpty() ? text.text("xla.web.organisations.norounds")
                : RoundLabels.state(newest.getFirst().state(), text);
        String lozenge = newest.isEmpty() ? null : RoundLabels.lozenge(newest.getFirst().state());
        return new OrganisationRow(organisation.id(), organisation.name(), url,
                latestScore(results.latestClosed(caller, organisation.id()), text), state, lozenge);
    }

    private static String latestScore(RoundResult latest, Messages text) {
        if (latest == null) {
            return text.text("xla.web.organisations.noresult");
        }
        if (latest.overall().suppressed()) {
            return text.text("xla.web.result.suppressed", String.valueOf(latest.overall().n()));
        }
        return latest.overall().hasMean() ? ScoreFormat.score(latest.overall().mean(), text.locale())
                : text.text("xla.web.organisations.noresult");
    }

    private static int start(HttpServletRequest request) {
        String start = request.getParameter("start");
        try {
            return start == null ? 0 : Math.max(0, Integer.parseInt(start));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String range(Page<Organisation> page, Messages text) {
        if (page.items().isEmpty()) {
            return "";
        }
        return text.text("xla.web.organisations.range", String.valueOf(page.start() + 1),
                String.valueOf(page.start() + page.items().size()), String.valueOf(page.total()));
    }

    private static String previousUrl(Page<Organisation> page, HttpServletRequest request) {
        return page.start() == 0 ? null
                : request.getContextPath() + PATH + "?start=" + Math.max(0, page.start() - PAGE_SIZE);
    }

    private static String nextUrl(Page<Organisation> page, HttpServletRequest request) {
        return page.isLastPage() ? null : request.getContextPath() + PATH + "?start=" + (page.start() + PAGE_SIZE);
    }
}
