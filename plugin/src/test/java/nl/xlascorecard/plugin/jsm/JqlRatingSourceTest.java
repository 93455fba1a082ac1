package nl.xlascorecard.plugin.jsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.rating.domain.RatingObservation;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.plugin.jira.FakeJira;
import nl.xlascorecard.plugin.jsm.FakeJsmRequests.Request;

/** The JQL rating source (against the declared Jira API and hand-written fakes, not a running JSM). */
class JqlRatingSourceTest {

    private static final Instant NOW = Instant.parse("2026-03-11T09:00:00Z");

    private final FakeJsmRequests jira = new FakeJsmRequests();
    private final FakeJira.User searcher = new FakeJira.User("sm-1");
    private JqlRatingSource source;

    @BeforeEach
    void source() {
        jira.now = NOW;
        source = new JqlRatingSource(jira, new JsmRequestFields(jira), () -> searcher, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void asksForOneRatingValueSinceATimeInRelativeMinutesRoundedUp() {
        assertThat(JqlRatingSource.jql(2, NOW.minusSeconds(3600), NOW))
                .isEqualTo("Satisfaction = 2 AND \"Satisfaction date\" >= -61m ORDER BY \"Satisfaction date\" ASC, key ASC");
        assertThat(JqlRatingSource.jql(5, NOW.minusSeconds(61), NOW)).contains(">= -3m");
        assertThat(JqlRatingSource.jql(1, NOW.plusSeconds(30), NOW)).contains(">= -1m");
        assertThat(JqlRatingSource.jql(1, Instant.EPOCH, NOW))
                .isEqualTo("Satisfaction = 1 ORDER BY \"Satisfaction date\" ASC, key ASC");
    }

    @Test
    void returnsTheRequestsOfThatRatingWithTheirOrganisationsAndCustomer() {
        FakeJira.User customer = new FakeJira.User("cust-9");
        jira.requests.add(new Request(10042, "ITSM-42", customer).rated(1, NOW.minusSeconds(600))
                .inOrganisations(List.of(new FakeJsm.Org(7, "Ziekenhuis Oost"))));
        jira.requests.add(new Request(10043, "ITSM-43", customer).rated(4, NOW.minusSeconds(500)));
        jira.requests.add(new Request(10044, "ITSM-44", null).rated(1, NOW.minusSeconds(7200)));

        Page<RatingObservation> page = source.ratedSince(1, NOW.minusSeconds(3600), PageRequest.first(10));

        assertThat(page.items()).containsExactly(new RatingObservation("ITSM-42", 10042, List.of(7L), 1, null,
                NOW.minusSeconds(600), "cust-9", "cust-9"));
        assertThat(page.total()).isEqualTo(1);
        assertThat(jira.searchers).containsOnly(searcher);
    }

    @Test
    void pagesInRatingTimeOrderThenByKey() {
        jira.requests.add(new Request(3, "ITSM-3", null).rated(2, NOW.minusSeconds(100)));
        jira.requests.add(new Request(2, "ITSM-2", null).rated(2, NOW.minusSeconds(300)));
        jira.requests.add(new Request(1, "ITSM-1", null).rated(2, NOW.minusSeconds(100)));

        Page<RatingObservation> first = source.ratedSince(2, Instant.EPOCH, new PageRequest(0, 2));
        Page<RatingObservation> second = source.ratedSince(2, Instant.EPOCH, new PageRequest(2, 2));

        assertThat(first.items()).extracting(RatingObservation::requestKey).containsExactly("ITSM-2", "ITSM-1");
        assertThat(first.isLastPage()).isFalse();
        assertThat(second.items()).extracting(RatingObservation::requestKey).containsExactly("ITSM-3");
        assertThat(second.total()).isEqualTo(3);
    }

    @Test
    void takesTheRatingFromTheQueryEvenWhenTheValueCannotBeRead() {
        jira.requests.add(new Request(5, "ITSM-5", null).rated(3, new Object() {
            @Override
            public String toString() {
                return "com.atlassian.servicedesk.internal.Feedback@1f2e3d";
            }
        }, NOW.minusSeconds(60)));

        assertThat(source.ratedSince(3, Instant.EPOCH, PageRequest.first(10)).items())
                .singleElement().extracting(RatingObservation::rating).isEqualTo(3);
    }

    @Test
    void fallsBackToTheUpdateTimeWhenTheSatisfactionDateIsUnreadable() {
        jira.requests.add(new Request(6, "ITSM-6", null).rated(5, NOW.minusSeconds(60))
                .set(FakeJsmRequests.SATISFACTION_DATE, "gisteren").updatedAt(NOW.minusSeconds(20)));

        assertThat(source.ratedSince(5, Instant.EPOCH, PageRequest.first(10)).items())
                .singleElement().extracting(RatingObservation::ratedAt).isEqualTo(NOW.minusSeconds(20));
    }

    @Test
    void aRefusedQueryOrAFailedSearchFailsTheRunLoudly() {
        jira.fields.remove(FakeJsmRequests.SATISFACTION);
        assertThatThrownBy(() -> source.ratedSince(1, Instant.EPOCH, PageRequest.first(10)))
                .isInstanceOf(JsmSearchException.class).hasMessageContaining("Satisfaction");

        jira.fields.add(FakeJsmRequests.SATISFACTION);
        jira.failSearches = true;
        assertThatThrownBy(() -> source.ratedSince(1, Instant.EPOCH, PageRequest.first(10)))
                .isInstanceOf(JsmSearchException.class);
    }
}
