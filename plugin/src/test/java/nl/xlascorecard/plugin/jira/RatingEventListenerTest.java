package nl.xlascorecard.plugin.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.atlassian.jira.event.issue.IssueEvent;

import nl.xlascorecard.core.followup.domain.FollowUp;
import nl.xlascorecard.core.rating.domain.TicketRating;
import nl.xlascorecard.plugin.jsm.FakeJsm;
import nl.xlascorecard.plugin.jsm.FakeJsmRequests;
import nl.xlascorecard.plugin.jsm.FakeJsmRequests.Request;
import nl.xlascorecard.plugin.jsm.JsmRequestFields;

/**
 * The issue-event listener over the real app on HSQLDB. Compiled and tested against the declared
 * Jira API with hand-written fakes of Jira, not in a running Jira.
 */
class RatingEventListenerTest {

    private static final Instant NOW = Instant.parse("2026-03-11T09:00:00Z");
    private static final Long ISSUE_UPDATED = 2L;

    private final FakeJsmRequests jira = new FakeJsmRequests();
    private final FakeEventPublisher events = new FakeEventPublisher();
    private RatingsOnHsqldb app;
    private RatingEventListener listener;

    @BeforeEach
    void start() {
        app = new RatingsOnHsqldb((rating, since, page) -> { throw new AssertionError("not used"); }, notice -> { },
                Clock.fixed(NOW, ZoneOffset.UTC));
        listener = new RatingEventListener(events, new JsmRequestFields(jira), app.app.recordRatings());
        listener.register();
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    private Request request(String key, long id) {
        return new Request(id, key, new FakeJira.User("cust-1"))
                .inOrganisations(List.of(new FakeJsm.Org((int) RatingsOnHsqldb.ORGANISATION.id(), "Ziekenhuis Oost")));
    }

    private void fire(Request request) {
        events.publish(new IssueEvent(request, Map.of(), null, ISSUE_UPDATED));
    }

    @Test
    void anUnhappyRatingSeenInAnIssueEventIsStoredAndOpensOneFollowUp() {
        Request rated = request("ITSM-42", 10042).rated(1, NOW.minusSeconds(300));

        fire(rated);
        fire(rated);

        TicketRating stored = app.repositories.ticketRatings().find("ITSM-42").orElseThrow();
        assertThat(stored.rating()).isEqualTo(1);
        assertThat(stored.ratedAt()).isEqualTo(NOW.minusSeconds(300));
        assertThat(stored.organisationIds()).containsExactly(RatingsOnHsqldb.ORGANISATION.id());
        assertThat(stored.requesterKey()).isEqualTo("cust-1");
        assertThat(stored.version()).isZero();
        FollowUp followUp = app.repositories.followUps().findByRequestKey("ITSM-42").orElseThrow();
        assertThat(followUp.organisationId()).isEqualTo(RatingsOnHsqldb.ORGANISATION.id());
    }

    @Test
    void aChangedRatingUpdatesTheStoredOne() {
        fire(request("ITSM-43", 10043).rated(2, NOW.minusSeconds(300)));
        fire(request("ITSM-43", 10043).rated(5, NOW.minusSeconds(60)));

        assertThat(app.repositories.ticketRatings().find("ITSM-43").orElseThrow().rating()).isEqualTo(5);
        assertThat(app.repositories.followUps().findByRequestKey("ITSM-43").orElseThrow().ratingRaisedAboveThreshold())
                .isTrue();
    }

    @Test
    void eventsOfUnratedRequestsOrUnreadableRatingsChangeNothing() {
        fire(request("ITSM-44", 10044));
        fire(request("ITSM-45", 10045).rated(2, "com.atlassian.servicedesk.internal.Feedback@77", NOW));
        events.publish(new IssueEvent(null, Map.of(), null, ISSUE_UPDATED));

        assertThat(app.repositories.ticketRatings().find("ITSM-44")).isEmpty();
        assertThat(app.repositories.ticketRatings().find("ITSM-45")).isEmpty();
    }

    @Test
    void aRatingTheCoreRejectsIsLoggedNotThrownIntoJira() {
        fire(request("not a key", 1).rated(1, NOW));

        assertThat(app.repositories.ticketRatings().find("not a key")).isEmpty();
    }

    @Test
    void listensOnlyWhileRegistered() {
        listener.unregister();
        fire(request("ITSM-46", 10046).rated(1, NOW));

        assertThat(events.listeners).isEmpty();
        assertThat(app.repositories.ticketRatings().find("ITSM-46")).isEmpty();
    }
}
