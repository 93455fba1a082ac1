package nl.xlascorecard.core.followup.service;

import static nl.xlascorecard.core.shared.ValidationAssertions.fieldsAndKeys;
import static nl.xlascorecard.core.testing.CoreFixture.ORG;
import static nl.xlascorecard.core.testing.CoreFixture.OTHER_ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.followup.domain.CallOutcome;
import nl.xlascorecard.core.followup.domain.FollowUp;
import nl.xlascorecard.core.followup.domain.FollowUpMetrics;
import nl.xlascorecard.core.followup.domain.FollowUpState;
import nl.xlascorecard.core.shared.NotFoundException;
import nl.xlascorecard.core.testing.Callers;
import nl.xlascorecard.core.testing.FollowUpFixture;

/** Metrics at Wed 4 March 2026 09:00Z (10:00 local), computed by hand; times in comments are local (UTC+1). */
class FollowUpMetricsServiceTest {

    private final FollowUpFixture f = new FollowUpFixture();
    private long nextId = 1;

    /** A follow-up as stored; created at its rating time. */
    private void put(long organisation, String ratedAt, String dueAt, FollowUpState state, String contactedAt,
                     String doneAt) {
        Instant rated = Instant.parse(ratedAt);
        f.followUps.put(new FollowUp(nextId, "ITSM-" + nextId, organisation, "sm1", 1, rated, rated,
                Instant.parse(dueAt), state, contactedAt == null ? null : CallOutcome.REACHED,
                contactedAt == null ? 0 : 1, null, null, contactedAt == null ? null : Instant.parse(contactedAt),
                doneAt == null ? null : Instant.parse(doneAt), null, false, null, null, 0));
        nextId++;
    }

    @Test
    void percentDoneInTimeMedianTimeToContactAndOpenCounts() {
        // A: Mon 09:00 -> called Mon 11:00 (2 h), done before due Tue 09:00
        put(ORG, "2026-03-02T08:00:00Z", "2026-03-03T08:00:00Z", FollowUpState.DONE, "2026-03-02T10:00:00Z",
                "2026-03-02T10:00:00Z");
        // B: Mon 15:00 -> called Tue 10:30 (Mon 15-17 + Tue 08:30-10:30 = 4 h), done before due Tue 15:00
        put(ORG, "2026-03-02T14:00:00Z", "2026-03-03T14:00:00Z", FollowUpState.DONE, "2026-03-03T09:30:00Z",
                "2026-03-03T09:30:00Z");
        // C: Fri 27 Feb 15:00 -> called Mon 16:00 (Fri 2 h + Mon 7.5 h = 9.5 h), done after due Mon 15:00
        put(ORG, "2026-02-27T14:00:00Z", "2026-03-02T14:00:00Z", FollowUpState.DONE, "2026-03-02T15:00:00Z",
                "2026-03-02T15:00:00Z");
        // D: Tue 12:00 -> first (unanswered) call Tue 13:00 (1 h), still open, due Wed 12:00: not overdue
        put(ORG, "2026-03-03T11:00:00Z", "2026-03-04T11:00:00Z", FollowUpState.OPEN, "2026-03-03T12:00:00Z", null);
        // E: Mon 10:00, never called, due Tue 10:00: overdue
        put(ORG, "2026-03-02T09:00:00Z", "2026-03-03T09:00:00Z", FollowUpState.OPEN, null, null);
        // F: opened 100 days ago and closed late: outside the 90-day window
        put(ORG, "2025-11-24T09:00:00Z", "2025-11-25T09:00:00Z", FollowUpState.DONE, "2025-11-28T09:00:00Z",
                "2025-11-28T09:00:00Z");
        // G: opened 100 days ago, still open: not in the window, but open and overdue now
        put(ORG, "2025-11-24T09:00:00Z", "2025-11-25T09:00:00Z", FollowUpState.OPEN, null, null);
        // another organisation
        put(OTHER_ORG, "2026-03-02T08:00:00Z", "2026-03-03T08:00:00Z", FollowUpState.DONE, "2026-03-02T10:00:00Z",
                "2026-03-03T10:00:00Z");

        FollowUpMetrics m = f.metrics.metrics(Callers.agent("ag", ORG), ORG, 90);

        assertThat(m.since()).isEqualTo(Instant.parse("2025-12-04T09:00:00Z"));
        assertThat(m.closed()).isEqualTo(3);                    // A, B, C
        assertThat(m.closedWithinWindow()).isEqualTo(2);        // A, B
        assertThat(m.percentWithinWindow()).isCloseTo(66.666667, within(1e-6));
        assertThat(m.contacted()).isEqualTo(4);                 // 1 h, 2 h, 4 h, 9.5 h
        assertThat(m.medianTimeToContact()).isEqualTo(Duration.ofHours(3)); // (2 h + 4 h) / 2
        assertThat(m.open()).isEqualTo(3);                      // D, E, G
        assertThat(m.overdue()).isEqualTo(2);                   // E, G
    }

    @Test
    void anOddNumberOfContactsTakesTheMiddleOne() {
        assertThat(FollowUpMetricsService.median(List.of(Duration.ofMinutes(10), Duration.ofMinutes(25),
                Duration.ofHours(7)))).isEqualTo(Duration.ofMinutes(25));
        assertThat(FollowUpMetricsService.median(List.of(Duration.ofMinutes(10)))).isEqualTo(Duration.ofMinutes(10));
        assertThat(FollowUpMetricsService.median(List.of(Duration.ofMinutes(10), Duration.ofMinutes(15))))
                .isEqualTo(Duration.ofMinutes(12).plusSeconds(30));
        assertThat(FollowUpMetricsService.median(List.of())).isNull();
    }

    @Test
    void noFollowUpsGiveNoPercentageNorMedian() {
        FollowUpMetrics m = f.metrics.metrics(Callers.serviceManager("sm"), ORG, 30);
        assertThat(m).isEqualTo(new FollowUpMetrics(ORG, 30, Instant.parse("2026-02-02T09:00:00Z"), 0, 0, null, 0,
                null, 0, 0));
    }

    @Test
    void onlyForThoseWhoSeeTheOrganisation() {
        assertThatThrownBy(() -> f.metrics.metrics(Callers.agent("ag", OTHER_ORG), ORG, 90))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.metrics.metrics(Callers.customer("c", ORG), ORG, 90))
                .isInstanceOf(NotFoundException.class);
        assertThat(fieldsAndKeys(() -> f.metrics.metrics(Callers.admin(), ORG, 0))).containsExactly(
                "days=xla.error.field.range");
    }
}
