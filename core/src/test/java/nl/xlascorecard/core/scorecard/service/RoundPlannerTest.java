package nl.xlascorecard.core.scorecard.service;

import static nl.xlascorecard.core.testing.Rounds.round;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.scorecard.domain.RoundKind;
import nl.xlascorecard.core.scorecard.domain.RoundProposal;
import nl.xlascorecard.core.scorecard.domain.RoundState;

class RoundPlannerTest {

    /** Wednesday 4 March 2026, 10:00 in Amsterdam. */
    private final RoundPlanner planner = new RoundPlanner(
            Clock.fixed(Instant.parse("2026-03-04T09:00:00Z"), ZoneId.of("Europe/Amsterdam")));

    private static List<String> periods(List<RoundProposal> proposals) {
        return proposals.stream().map(p -> p.kind() + " " + p.opens() + ".." + p.closes()).toList();
    }

    @Test
    void withoutRoundsProposesTheBaselineNextMondayThenEveryFourMonths() {
        assertThat(periods(planner.propose(3, false, List.of()))).containsExactly(
                "BASELINE 2026-03-09..2026-03-29",
                "PERIODIC 2026-07-09..2026-07-29",
                "PERIODIC 2026-11-09..2026-11-29",
                "PERIODIC 2027-03-09..2027-03-29");
    }

    @Test
    void followsTheLatestRoundsOpeningDate() {
        var existing = List.of(
                round(1, RoundKind.BASELINE, RoundState.CLOSED, "2026-01-12", "2026-02-01"),
                round(1, RoundKind.PERIODIC, RoundState.OPEN, "2026-02-02", "2026-02-22"));
        assertThat(periods(planner.propose(3, true, existing))).containsExactly(
                "PERIODIC 2026-06-02..2026-06-22",
                "PERIODIC 2026-10-02..2026-10-22",
                "PERIODIC 2027-02-02..2027-02-22");
    }

    @Test
    void skipsCadenceDatesInThePast() {
        // 2024-01-15 + 4k months: the first after 2026-03-04 is k = 7 (2026-05-15).
        var existing = List.of(round(1, RoundKind.BASELINE, RoundState.CLOSED, "2024-01-15", "2024-02-04"));
        assertThat(periods(planner.propose(3, true, existing))).containsExactly(
                "PERIODIC 2026-05-15..2026-06-04",
                "PERIODIC 2026-09-15..2026-10-05",
                "PERIODIC 2027-01-15..2027-02-04");
    }

    @Test
    void skipsPeriodsThatOverlapExistingRounds() {
        // A long round until 1 July blocks the cadence date 2 June.
        var existing = List.of(
                round(1, RoundKind.BASELINE, RoundState.CLOSED, "2026-01-05", "2026-07-01"),
                round(1, RoundKind.PERIODIC, RoundState.PLANNED, "2026-02-02", "2026-02-22"));
        assertThat(periods(planner.propose(3, true, existing))).containsExactly(
                "PERIODIC 2026-10-02..2026-10-22",
                "PERIODIC 2027-02-02..2027-02-22",
                "PERIODIC 2027-06-02..2027-06-22");
    }

    @Test
    void baselineMovesPastAnOpenRound() {
        // Next Monday 9 March and Monday 16 March overlap the open round; 23 March is free.
        var existing = List.of(round(1, RoundKind.PERIODIC, RoundState.OPEN, "2026-03-02", "2026-03-22"));
        assertThat(periods(planner.propose(3, false, existing))).containsExactly(
                "BASELINE 2026-03-23..2026-04-12",
                "PERIODIC 2026-07-23..2026-08-12",
                "PERIODIC 2026-11-23..2026-12-13",
                "PERIODIC 2027-03-23..2027-04-12");
    }

    @Test
    void cadencesThatDoNotDivideTheYearUseWholeMonthsPlusDays() {
        // 5 a year = every 2.4 months. From 2026-01-05:
        //   step 1: 2 months + 0.4 * 30.4375 = 12.2 -> 12 days -> 2026-03-05 + 12 = 2026-03-17
        //   step 2: 4 months + 0.8 * 30.4375 = 24.4 -> 24 days -> 2026-05-05 + 24 = 2026-05-29
        //   step 3: 7 months + 0.2 * 30.4375 =  6.1 ->  6 days -> 2026-08-05 +  6 = 2026-08-11
        var existing = List.of(round(1, RoundKind.BASELINE, RoundState.CLOSED, "2026-01-05", "2026-01-25"));
        assertThat(periods(planner.propose(5, true, existing))).containsExactly(
                "PERIODIC 2026-03-17..2026-04-06",
                "PERIODIC 2026-05-29..2026-06-18",
                "PERIODIC 2026-08-11..2026-08-31");
    }

    @Test
    void monthlyCadence() {
        // 2 March is already past on 4 March.
        var existing = List.of(round(1, RoundKind.BASELINE, RoundState.CLOSED, "2026-02-02", "2026-02-22"));
        assertThat(planner.propose(12, true, existing)).extracting(p -> p.opens().toString())
                .containsExactly("2026-04-02", "2026-05-02", "2026-06-02");
    }
}
