package nl.xlascorecard.sandbox.web.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.atlassian.jira.issue.Issue;

import nl.xlascorecard.core.followup.domain.FollowUpView;
import nl.xlascorecard.core.followup.port.in.WorkFollowUps;
import nl.xlascorecard.core.organisation.domain.Organisation;
import nl.xlascorecard.core.organisation.domain.OrganisationProfile;
import nl.xlascorecard.core.organisation.port.in.ManageOrganisations;
import nl.xlascorecard.core.rating.domain.CsatFigures;
import nl.xlascorecard.core.rating.domain.TicketRating;
import nl.xlascorecard.core.rating.port.in.ReadTicketRatings;
import nl.xlascorecard.core.scorecard.domain.RoundResult;
import nl.xlascorecard.core.scorecard.port.in.ReadRoundResults;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.core.shared.Role;
import nl.xlascorecard.plugin.i18n.BundleMessages;
import nl.xlascorecard.plugin.security.CallerResolver;
import nl.xlascorecard.plugin.users.UserNames;
import nl.xlascorecard.plugin.web.panel.ExperiencePanel;
import nl.xlascorecard.plugin.web.panel.ExperiencePanelCondition;
import nl.xlascorecard.plugin.web.panel.ExperiencePanelContextProvider;
import nl.xlascorecard.plugin.web.panel.PanelContext;

/**
 * The experience panel never breaks Jira's issue view: a failure anywhere in the app's data (here
 * the in-ports fail as a broken database would) turns into a short message, and a request without
 * anything the viewer may see renders nothing. The in-ports are replaced at their interface only to
 * make them fail or be empty on purpose; what the panel shows with real data is covered by the
 * template tests and the browser test.
 */
class ExperiencePanelContextProviderTest {

    private static final Caller AGENT = new Caller("agent", Set.of(Role.AGENT), Set.of(1L), Set.of());

    private static IllegalStateException down() {
        return new IllegalStateException("connection refused");
    }

    /** In-ports that fail like a database that is down. */
    private static final class BrokenRatings implements ReadTicketRatings {
        @Override public Page<TicketRating> listByOrganisation(Caller c, long id, PageRequest p) { throw down(); }
        @Override public Optional<TicketRating> forRequest(Caller c, String key) { throw down(); }
        @Override public CsatFigures csat(Caller c, long id, int days) { throw down(); }
        @Override public RatingExport export(Caller c, long id, int days) { throw down(); }
    }

    private static final class BrokenFollowUps implements WorkFollowUps {
        @Override public Page<FollowUpView> queue(Caller c, QueueFilter f, PageRequest p) { throw down(); }
        @Override public FollowUpView get(Caller c, long id) { throw down(); }
        @Override public Optional<FollowUpView> forRequest(Caller c, String key) { throw down(); }
        @Override public FollowUpView logCall(Caller c, long id, long v, CallLog call) { throw down(); }
        @Override public FollowUpView reassign(Caller c, long id, long v, String a) { throw down(); }
    }

    private static final class BrokenResults implements ReadRoundResults {
        @Override public RoundResult result(Caller c, long id) { throw down(); }
        @Override public RoundResult latestClosed(Caller c, long id) { throw down(); }
    }

    private static final class BrokenOrganisations implements ManageOrganisations {
        @Override public Page<Organisation> list(Caller c, PageRequest p) { throw down(); }
        @Override public Organisation get(Caller c, long id) { throw down(); }
        @Override public Organisation updateProfile(Caller c, OrganisationProfile p) { throw down(); }
        @Override public boolean canManage(Caller c, long id) { throw down(); }
    }

    private static ExperiencePanelContextProvider provider(CallerResolver callers, Locale locale) {
        return new ExperiencePanelContextProvider(callers, new BundleMessages(locale), null, new BrokenRatings(),
                new BrokenFollowUps(), new BrokenResults(), new BrokenOrganisations(), UserNames.KEYS);
    }

    private static Issue issue(String key) {
        return (Issue) Proxy.newProxyInstance(Issue.class.getClassLoader(), new Class<?>[] {Issue.class},
                (proxy, method, args) -> method.getName().equals("getKey") ? key : null);
    }

    @Test
    void aFailureBecomesAShortMessageAndNeverAnException() {
        ExperiencePanelContextProvider provider = provider(() -> Optional.of(AGENT), Locale.forLanguageTag("nl"));
        provider.init(Map.of());

        Map<String, Object> context = provider.getContextMap(Map.of(PanelContext.ISSUE, issue("ITSM-7")));

        ExperiencePanel panel = (ExperiencePanel) context.get(ExperiencePanelContextProvider.PANEL);
        assertThat(panel.isShown()).isTrue();
        assertThat(panel.getMessage()).isEqualTo(new BundleMessages(Locale.forLanguageTag("nl")).text("xla.web.panel.error"))
                .doesNotContain("connection refused");
        assertThat(context).containsKey(ExperiencePanelContextProvider.TEXT);
    }

    @Test
    void nobodyLoggedInOrNoRequestRendersNothing() {
        ExperiencePanelContextProvider anonymous = provider(Optional::empty, Locale.ENGLISH);
        ExperiencePanelContextProvider agent = provider(() -> Optional.of(AGENT), Locale.ENGLISH);

        ExperiencePanel noUser = (ExperiencePanel) anonymous.getContextMap(Map.of(PanelContext.ISSUE, issue("ITSM-7")))
                .get(ExperiencePanelContextProvider.PANEL);
        ExperiencePanel noRequest = (ExperiencePanel) agent.getContextMap(new HashMap<>())
                .get(ExperiencePanelContextProvider.PANEL);

        assertThat(noUser.isShown()).isFalse();
        assertThat(noRequest.isShown()).isFalse();
    }

    @Test
    void theConditionShowsThePanelOnRequestsOnly() {
        ExperiencePanelCondition condition = new ExperiencePanelCondition();
        condition.init(Map.of());

        assertThat(condition.shouldDisplay(Map.of(PanelContext.ISSUE, issue("ITSM-7")))).isTrue();
        assertThat(condition.shouldDisplay(Map.of(PanelContext.REQUEST_KEY, "ITSM-8"))).isTrue();
        assertThat(condition.shouldDisplay(Map.of(PanelContext.ISSUE, issue(" ")))).isFalse();
        assertThat(condition.shouldDisplay(Map.of("issue", "ITSM-7"))).isFalse();
        assertThat(condition.shouldDisplay(Map.of())).isFalse();
        assertThat(condition.shouldDisplay(null)).isFalse();
    }
}
