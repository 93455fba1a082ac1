package nl.xlascorecard.core.target.service;

import static nl.xlascorecard.core.testing.CoreFixture.ORG;
import static nl.xlascorecard.core.testing.CoreFixture.OTHER_ORG;
import static nl.xlascorecard.core.testing.TargetFixture.csat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.followup.domain.FollowUp;
import nl.xlascorecard.core.followup.domain.FollowUpState;
import nl.xlascorecard.core.scorecard.domain.RespondentRole;
import nl.xlascorecard.core.scorecard.domain.Response;
import nl.xlascorecard.core.scorecard.domain.Round;
import nl.xlascorecard.core.scorecard.domain.RoundKind;
import nl.xlascorecard.core.scorecard.domain.RoundState;
import nl.xlascorecard.core.target.domain.Measurement;
import nl.xlascorecard.core.target.domain.StatusChange;
import nl.xlascorecard.core.target.domain.TargetState;
import nl.xlascorecard.core.target.domain.TargetStatus;
import nl.xlascorecard.core.target.domain.XlaTarget;
import nl.xlascorecard.core.target.port.in.ManageTargets.TargetCommand;
import nl.xlascorecard.core.target.port.out.NpsCounts;
import nl.xlascorecard.core.testing.Callers;
import nl.xlascorecard.core.testing.FollowUpFixture;
import nl.xlascorecard.core.testing.Rounds;
import nl.xlascorecard.core.testing.TargetFixture;

/** Measurements on hand-made data sets, stored statuses, history and the triggers. */
class TargetEvaluationServiceTest {

    private final TargetFixture f = new TargetFixture();

    /** Ratings of organisation 1, {@code daysAgo} days before now. */
    private void rate(int first, int daysAgo, int... stars) {
        Instant at = f.followUp.clock.instant().minus(Duration.ofDays(daysAgo));
        for (int i = 0; i < stars.length; i++) {
            f.followUp.recorder.record(FollowUpFixture.observation("ITSM-" + (first + i), stars[i], at.toString()));
        }
    }

    private TargetState state(XlaTarget target) {
        return f.statuses.ofOrganisations(List.of(ORG)).stream().filter(s -> s.targetId() == target.id()).findFirst()
                .orElseThrow();
    }

    @Test
    void csatCountsRatingsOfFourAndFiveStarsInTheWindowOnly() {
        XlaTarget target = f.service.createDefault(Callers.admin(), csat(90, 3, 90, 10));
        // 9 of 10 ratings in the window are 4-5 stars: 90 % exactly -> met but within the margin.
        rate(1, 10, 5, 5, 5, 5, 4, 4, 4, 4, 4, 1);
        // outside the 90-day window: ignored
        rate(100, 120, 1, 1, 1, 1, 1);
        f.evaluation.evaluateOrganisation(ORG);
        TargetState state = state(target);
        assertThat(state.status()).isEqualTo(TargetStatus.AT_RISK);
        assertThat(state.value()).isEqualTo(90.0);
        assertThat(state.n()).isEqualTo(10);
    }

    @Test
    void meanRatingAndTooFewRatings() {
        XlaTarget mean = f.service.createDefault(Callers.admin(), new TargetCommand("MEAN_RATING", null, "AT_LEAST", 4.0, 0.2,
                "ROLLING_DAYS", 30, 5));
        rate(1, 1, 5, 4, 3, 5);
        f.evaluation.evaluateOrganisation(ORG);
        // (5 + 4 + 3 + 5) / 4 = 4.25 from 4 ratings: fewer than 5
        assertThat(state(mean).status()).isEqualTo(TargetStatus.NO_DATA);
        assertThat(state(mean).value()).isEqualTo(4.25);
        rate(10, 1, 4);
        f.evaluation.evaluateOrganisation(ORG);
        // (17 + 4) / 5 = 4.2: exactly threshold + margin -> met
        assertThat(state(mean).status()).isEqualTo(TargetStatus.MET);
        assertThat(state(mean).value()).isCloseTo(4.2, within(1e-9));
    }

    @Test
    void anEmptyWindowIsNoData() {
        XlaTarget target = f.service.createDefault(Callers.admin(), csat(90, 3, 90, 1));
        f.evaluation.evaluateOrganisation(ORG);
        assertThat(state(target).status()).isEqualTo(TargetStatus.NO_DATA);
        assertThat(state(target).value()).isNull();
        assertThat(state(target).n()).isZero();
    }

    @Test
    void reEvaluatingTheSameDataWritesNoHistoryAndAChangeWritesOne() {
        XlaTarget target = f.service.createDefault(Callers.admin(), csat(90, 3, 90, 3));
        rate(1, 1, 5, 5, 5);
        f.evaluation.evaluateOrganisation(ORG);
        Instant first = f.followUp.clock.instant();
        f.followUp.clock.advance(Duration.ofHours(1));
        assertThat(f.evaluation.evaluateOrganisation(ORG)).isZero();
        assertThat(f.evaluation.evaluateOrganisation(ORG)).isZero();
        assertThat(f.statuses.allHistory()).hasSize(1);
        assertThat(state(target).since()).isEqualTo(first);
        assertThat(state(target).evaluatedAt()).isEqualTo(f.followUp.clock.instant());

        rate(10, 0, 1);
        // 3 of 4: 75 % -> breached; recorded by the rating trigger
        TriggeringInPorts.ratings(f.followUp.recorder, f.evaluation)
                .record(FollowUpFixture.observation("ITSM-11", 2, f.followUp.clock.instant().toString()));
        List<StatusChange> history = f.statuses.allHistory();
        assertThat(history).extracting(StatusChange::from, StatusChange::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(null, TargetStatus.MET),
                org.assertj.core.groups.Tuple.tuple(TargetStatus.MET, TargetStatus.BREACHED));
        assertThat(history.get(1).value()).isEqualTo(60.0);
        assertThat(history.get(1).n()).isEqualTo(5);
        assertThat(state(target).since()).isEqualTo(f.followUp.clock.instant());
    }

    @Test
    void followUpsDoneWithinTheirWindow() {
        XlaTarget target = f.service.createDefault(Callers.admin(), new TargetCommand("FOLLOW_UPS_IN_WINDOW_PERCENT", null,
                "AT_LEAST", 95.0, 3.0, "ROLLING_DAYS", 90, 2));
        Instant now = f.followUp.clock.instant();
        followUp("A-1", now.minus(Duration.ofDays(5)), FollowUpState.DONE, Duration.ofHours(2));
        followUp("A-2", now.minus(Duration.ofDays(5)), FollowUpState.DONE, Duration.ofHours(30));
        followUp("A-3", now.minus(Duration.ofDays(4)), FollowUpState.DONE, Duration.ofHours(1));
        followUp("A-4", now.minus(Duration.ofDays(3)), FollowUpState.OPEN, null);
        followUp("A-5", now.minus(Duration.ofDays(200)), FollowUpState.DONE, Duration.ofHours(1));
        f.evaluation.evaluateOrganisation(ORG);
        // 2 of 3 closed ones in time (the open one and the one outside the window do not count)
        assertThat(state(target).value()).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(state(target).n()).isEqualTo(3);
        assertThat(state(target).status()).isEqualTo(TargetStatus.BREACHED);
    }

    @Test
    void scorecardAndResponseRateFromTheLatestClosedRound() {
        XlaTarget overall = f.service.createDefault(Callers.admin(), new TargetCommand("SCORECARD_OVERALL", null, "AT_LEAST",
                70.0, 5.0, "LATEST_CLOSED_ROUND", null, 5));
        XlaTarget reliability = f.service.createDefault(Callers.admin(), new TargetCommand("SCORECARD_CATEGORY", "RELIABILITY",
                "AT_LEAST", 85.0, 5.0, "LATEST_CLOSED_ROUND", null, 5));
        XlaTarget rate = f.service.createDefault(Callers.admin(), new TargetCommand("RESPONSE_RATE", null, "AT_LEAST",
                30.0, 5.0, "LATEST_CLOSED_ROUND", null, 5));
        XlaTarget recent = f.service.create(Callers.admin(), ORG, new TargetCommand("SCORECARD_OVERALL", null, "AT_LEAST",
                70.0, 5.0, "ROLLING_DAYS", 180, 5));
        Round round = f.core.rounds.store(Rounds.withInvitations(
                Rounds.round(ORG, RoundKind.PERIODIC, RoundState.CLOSED, "2024-11-01", "2024-11-21"), 10, false));
        for (int score : new int[] {60, 70, 80, 90, 100}) {
            f.core.responses.store(new Response(0, round.id(), RespondentRole.END_USER, null, null,
                    Map.of("REL_1", score), Map.of(), null, f.followUp.clock.instant(), null, null));
        }
        f.evaluation.evaluateOrganisation(ORG);
        Map<Long, TargetState> byTarget = new HashMap<>();
        f.statuses.ofOrganisations(List.of(ORG)).forEach(s -> byTarget.put(s.targetId(), s));
        // REL mean (60+70+80+90+100)/5 = 80; overall = mean of the category means = 80; MET (80 >= 75)
        assertThat(byTarget.get(recent.id()).status()).isEqualTo(TargetStatus.NO_DATA); // closed 2025-01-01: not in 180 days
        assertThat(byTarget).doesNotContainKey(overall.id()); // overridden by the organisation's own target
        assertThat(byTarget.get(reliability.id()).value()).isEqualTo(80.0);
        assertThat(byTarget.get(reliability.id()).status()).isEqualTo(TargetStatus.BREACHED);
        assertThat(byTarget.get(rate.id()).value()).isEqualTo(50.0);
        assertThat(byTarget.get(rate.id()).n()).isEqualTo(10);
        assertThat(byTarget.get(rate.id()).status()).isEqualTo(TargetStatus.MET);

        f.evaluation.evaluateOrganisation(OTHER_ORG);
        assertThat(f.statuses.ofOrganisations(List.of(OTHER_ORG))).extracting(TargetState::status)
                .containsOnly(TargetStatus.NO_DATA);
        assertThat(f.evaluation.evaluateAll()).isZero();
    }

    @Test
    void npsOfAllPassivesBreachesThirty() {
        XlaTarget target = f.service.createDefault(Callers.admin(), new TargetCommand("NPS", null, "AT_LEAST", 30.0, 10.0,
                "ROLLING_DAYS", 180, 10));
        // 12 answers of 7 and 8: no promoters, no detractors: NPS 0
        f.nps = new NpsCounts() {
            @Override
            public Measurement ofPeriod(long organisationId, Instant from, Instant to) {
                return organisationId == ORG ? Measurement.of(0, 12) : Measurement.none();
            }

            @Override
            public Measurement ofRound(long roundId) {
                return Measurement.none();
            }
        };
        f.evaluation.evaluateOrganisation(ORG);
        assertThat(state(target).status()).isEqualTo(TargetStatus.BREACHED);
        assertThat(state(target).value()).isZero();
    }

    @Test
    void npsFromTheRecommendationAnswersOfClosedRounds() {
        f.nps = new RecommendationNps(f.core.responses);
        XlaTarget latest = f.service.createDefault(Callers.admin(), new TargetCommand("NPS", null, "AT_LEAST", 30.0, 10.0,
                "LATEST_CLOSED_ROUND", null, 10));
        XlaTarget rolling = f.service.create(Callers.admin(), ORG, new TargetCommand("NPS", null, "AT_LEAST", 30.0, 10.0,
                "ROLLING_DAYS", 30, 10));
        Round closed = f.core.rounds.store(Rounds.round(ORG, RoundKind.PERIODIC, RoundState.CLOSED, "2026-02-01", "2026-02-20"));
        Round open = f.core.rounds.store(Rounds.round(ORG, RoundKind.PERIODIC, RoundState.OPEN, "2026-03-01", "2026-03-20"));
        Instant recently = f.followUp.clock.instant().minus(Duration.ofDays(3));
        // 12 passives (7 and 8) in the closed round: NPS 0
        for (int i = 0; i < 12; i++) {
            answer(closed, 7 + i % 2, recently);
        }
        // promoters in the open round do not count yet (agents see statuses; no interim results)
        for (int i = 0; i < 12; i++) {
            answer(open, 10, recently);
        }
        f.evaluation.evaluateOrganisation(OTHER_ORG);
        f.evaluation.evaluateOrganisation(ORG);
        assertThat(state(rolling).status()).isEqualTo(TargetStatus.BREACHED);
        assertThat(state(rolling).value()).isZero();
        assertThat(state(rolling).n()).isEqualTo(12);
        assertThat(f.statuses.ofOrganisations(List.of(ORG))).noneMatch(s -> s.targetId() == latest.id());
        assertThat(f.statuses.ofOrganisations(List.of(OTHER_ORG))).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(TargetStatus.NO_DATA));
        // 9 promoters, 2 passives, 1 detractor in the latest closed round of organisation 2: (9 - 1) / 12 = 66.67
        Round other = f.core.rounds.store(Rounds.round(OTHER_ORG, RoundKind.PERIODIC, RoundState.CLOSED, "2026-02-01",
                "2026-02-20"));
        for (int answer : new int[] {9, 9, 9, 10, 10, 10, 9, 10, 9, 7, 8, 3}) {
            answer(other, answer, recently);
        }
        f.evaluation.evaluateOrganisation(OTHER_ORG);
        assertThat(f.statuses.ofOrganisations(List.of(OTHER_ORG)).getFirst().value()).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(f.statuses.ofOrganisations(List.of(OTHER_ORG)).getFirst().status()).isEqualTo(TargetStatus.MET);
    }

    private void answer(Round round, int recommendation, Instant at) {
        f.core.responses.store(new Response(0, round.id(), RespondentRole.END_USER, null, null, Map.of(), Map.of(), null,
                at, recommendation, null));
    }

        @Test
    void aTriggerThatFailsDoesNotFailTheChange() {
        f.service.createDefault(Callers.admin(), csat(90, 3, 90, 1));
        TargetEvaluationService broken = new TargetEvaluationService(f.targets, f.statuses,
                new MeasurementSources(f.followUp.ratings, f.followUp.followUps, f.results, new NpsCounts() {
                    @Override
                    public Measurement ofPeriod(long organisationId, Instant from, Instant to) {
                        throw new IllegalStateException("down");
                    }

                    @Override
                    public Measurement ofRound(long roundId) {
                        throw new IllegalStateException("down");
                    }
                }), f.core.directory, f.tx, f.followUp.clock);
        f.service.createDefault(Callers.admin(), new TargetCommand("NPS", null, "AT_LEAST", 30.0, 10.0, "ROLLING_DAYS", 30, 1));
        broken.dataChanged(List.of(ORG), TriggeringInPorts.ROUND_METRICS);
        broken.dataChanged(List.of(ORG), TriggeringInPorts.RATING_METRICS);
        assertThat(f.statuses.ofOrganisations(List.of(ORG))).extracting(TargetState::status).containsExactly(TargetStatus.NO_DATA);
    }

    private void followUp(String key, Instant created, FollowUpState state, Duration doneAfter) {
        Instant due = created.plus(Duration.ofHours(24));
        Instant done = doneAfter == null ? null : created.plus(doneAfter);
        long id = Long.parseLong(key.substring(key.indexOf('-') + 1));
        f.followUp.followUps.put(new FollowUp(id, key, ORG, null, 1, created, created, due, state, null, 1, null, null, done,
                done, null, false, null, null, 0));
    }
}
