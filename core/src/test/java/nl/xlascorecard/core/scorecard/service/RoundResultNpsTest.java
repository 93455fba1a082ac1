package nl.xlascorecard.core.scorecard.service;

import static nl.xlascorecard.core.testing.CoreFixture.ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.organisation.domain.AppSettings;
import nl.xlascorecard.core.scorecard.domain.NpsStat;
import nl.xlascorecard.core.scorecard.domain.RespondentRole;
import nl.xlascorecard.core.scorecard.domain.Response;
import nl.xlascorecard.core.scorecard.domain.RoleResult;
import nl.xlascorecard.core.scorecard.domain.Round;
import nl.xlascorecard.core.scorecard.domain.RoundKind;
import nl.xlascorecard.core.scorecard.domain.RoundResult;
import nl.xlascorecard.core.scorecard.domain.RoundState;
import nl.xlascorecard.core.testing.Callers;
import nl.xlascorecard.core.testing.CoreFixture;
import nl.xlascorecard.core.testing.Rounds;

/**
 * NPS in the round result on a data set worked out by hand (interval arithmetic as in
 * NetPromoterScoreTest: nA = n + 3, p = (count + 0.75) / nA, var = (pP + pD - d^2) / nA, h = 1.96 sqrt(var)).
 */
class RoundResultNpsTest {

    private static final Offset<Double> E6 = within(1e-6);

    private final CoreFixture f = new CoreFixture();
    private final RoundResultService service = new RoundResultService(f.rounds, f.responses, f.roundAccess,
            f.access, f.directory, f.templateVersions, f.settings);

    private Round baseline;
    private Round previous;
    private Round current;

    private Round round(RoundKind kind, RoundState state, String opens, String closes) {
        return f.rounds.store(Rounds.withInvitations(Rounds.round(ORG, kind, state, opens, closes), 20, false));
    }

    private void answer(Round round, RespondentRole role, Integer... answers) {
        for (Integer answer : answers) {
            f.responses.store(new Response(0, round.id(), role, null, null, Map.of("REL_1", 70), Map.of(), null,
                    CoreFixture.NOW, answer, null));
        }
    }

    /**
     * Floor 5. Baseline (closed), 5 ICT managers: 3, 4, 5, 6, 7 -> P 0, passives 1, D 4, NPS -80.
     * Previous (closed), 6 end users: 9, 9, 8, 7, 6, 10 -> P 3, passives 2, D 1, NPS 2/6 = 33.333333.
     * Current (open):
     *   end users    10, 10, 9, 9, 8, 6 and one who skipped the question -> n 6, P 4, passives 1, D 1
     *   ICT managers 9, 10, 7, 3, 10                                      -> n 5, P 3, passives 1, D 1
     *   executives   10, 9                                                -> n 2, P 2 (below the floor)
     *   all: n 13, P 9, passives 2, D 2; NPS = (9 - 2) / 13 = 53.846154;
     *   mean grade = (52 + 39 + 19) / 13 = 110 / 13 = 8.461538
     */
    private void handDataSet() {
        f.settings.put(new AppSettings("xla-service-managers", false, 69, 5));
        baseline = round(RoundKind.BASELINE, RoundState.CLOSED, "2025-03-03", "2025-03-23");
        answer(baseline, RespondentRole.ICT_MANAGER, 3, 4, 5, 6, 7);
        previous = round(RoundKind.PERIODIC, RoundState.CLOSED, "2025-09-01", "2025-09-21");
        answer(previous, RespondentRole.END_USER, 9, 9, 8, 7, 6, 10);
        current = round(RoundKind.PERIODIC, RoundState.OPEN, "2026-03-02", "2026-03-22");
        answer(current, RespondentRole.END_USER, 10, 10, 9, 9, 8, 6, null);
        answer(current, RespondentRole.ICT_MANAGER, 9, 10, 7, 3, 10);
        answer(current, RespondentRole.EXECUTIVE, 10, 9);
    }

    private RoundResult result() {
        return service.result(Callers.serviceManager("sm"), current.id());
    }

    private static NpsStat role(RoundResult result, RespondentRole role) {
        return result.roles().stream().filter(r -> r.role() == role).findFirst().map(RoleResult::nps).orElseThrow();
    }

    @Test
    void overallByHand() {
        handDataSet();
        NpsStat nps = result().nps();
        // nA = 16, pP = 9.75 / 16 = 0.609375, pD = 2.75 / 16 = 0.171875, d = 0.4375
        // var = (0.78125 - 0.19140625) / 16 = 0.036865234, sqrt = 0.192003, h = 0.376326
        // interval = 100 * (0.4375 -+ 0.376326) = 6.117370 .. 81.382630
        assertThat(nps.suppressed()).isFalse();
        assertThat(nps.n()).isEqualTo(13);
        assertThat(nps.promoters()).isEqualTo(9);
        assertThat(nps.passives()).isEqualTo(2);
        assertThat(nps.detractors()).isEqualTo(2);
        assertThat(nps.score()).isCloseTo(53.846154, E6);
        assertThat(nps.meanGrade()).isCloseTo(8.461538, E6);
        assertThat(nps.low()).isCloseTo(6.117370, E6);
        assertThat(nps.high()).isCloseTo(81.382630, E6);
    }

    @Test
    void deltasAgainstThePreviousRoundAndTheBaseline() {
        handDataSet();
        RoundResult r = result();
        // vs previous: 53.846154 - 33.333333 = 20.512821 points.
        // Adjusted: current d = 0.4375, var 0.0368652; previous nA = 9, pP = 3.75 / 9 = 0.416667,
        // pD = 1.75 / 9 = 0.194444, d = 0.222222, var = (0.611111 - 0.049383) / 9 = 0.0624143;
        // z = (0.4375 - 0.222222) / sqrt(0.0992795) = 0.215278 / 0.315086 = 0.683 < 1.96: not significant
        assertThat(r.npsVsPrevious().otherRoundId()).isEqualTo(previous.id());
        assertThat(r.npsVsPrevious().delta()).isCloseTo(20.512821, E6);
        assertThat(r.npsVsPrevious().significant()).isFalse();
        // vs baseline: 53.846154 - (-80) = 133.846154 points.
        // Baseline nA = 8, pP = 0.09375, pD = 4.75 / 8 = 0.59375, d = -0.5, var = (0.6875 - 0.25) / 8 = 0.0546875;
        // z = (0.4375 + 0.5) / sqrt(0.0915527) = 0.9375 / 0.302577 = 3.098 > 1.96: significant
        assertThat(r.npsVsBaseline().otherRoundId()).isEqualTo(baseline.id());
        assertThat(r.npsVsBaseline().delta()).isCloseTo(133.846154, E6);
        assertThat(r.npsVsBaseline().significant()).isTrue();
    }

    @Test
    void perRoleWithComplementarySuppression() {
        handDataSet();
        RoundResult r = result();
        // end users: n 6, P 4, D 1: NPS 50, mean 52 / 6 = 8.666667
        // nA = 9, pP = 4.75 / 9 = 0.527778, pD = 1.75 / 9 = 0.194444, d = 0.333333
        // var = (0.722222 - 0.111111) / 9 = 0.0679012, sqrt = 0.260579, h = 0.510734 -> -17.740083 .. 84.406749
        NpsStat endUsers = role(r, RespondentRole.END_USER);
        assertThat(endUsers.n()).isEqualTo(6);
        assertThat(endUsers.score()).isCloseTo(50.0, E6);
        assertThat(endUsers.meanGrade()).isCloseTo(8.666667, E6);
        assertThat(endUsers.low()).isCloseTo(-17.740083, E6);
        assertThat(endUsers.high()).isCloseTo(84.406749, E6);
        // executives (2) are below the floor; as the only hidden group their counts would be the total
        // minus the others, so the smallest shown group (ICT managers, 5) is hidden too.
        assertThat(role(r, RespondentRole.EXECUTIVE)).isEqualTo(NpsStat.suppressed(2));
        assertThat(role(r, RespondentRole.ICT_MANAGER)).isEqualTo(NpsStat.suppressed(5));
    }

    @Test
    void belowTheFloorOnlyNIsShownAndNothingIsCompared() {
        handDataSet();
        f.settings.put(new AppSettings("xla-service-managers", false, 69, 14));
        RoundResult r = result();
        assertThat(r.nps()).isEqualTo(NpsStat.suppressed(13));
        assertThat(r.npsVsPrevious().delta()).isNull();
        assertThat(r.npsVsPrevious().significant()).isNull();
        assertThat(r.roles()).extracting(RoleResult::nps).allMatch(NpsStat::suppressed);
    }

    @Test
    void aRoundWithoutAnswersHasAnEmptyNpsAndNoNpsDelta() {
        handDataSet();
        Round later = round(RoundKind.PERIODIC, RoundState.OPEN, "2026-09-01", "2026-09-21");
        answer(later, RespondentRole.END_USER, null, null, null, null, null);
        RoundResult r = service.result(Callers.serviceManager("sm"), later.id());
        assertThat(r.nps()).isEqualTo(NpsStat.empty());
        assertThat(r.nps().n()).isZero();
        assertThat(r.npsVsPrevious().delta()).isNull();
        assertThat(r.roles()).extracting(RoleResult::nps).containsOnly(NpsStat.empty());
    }

    @Test
    void withoutPreviousRoundsThereAreNoDeltas() {
        f.settings.put(new AppSettings("xla-service-managers", false, 69, 5));
        current = round(RoundKind.PERIODIC, RoundState.OPEN, "2026-03-02", "2026-03-22");
        answer(current, RespondentRole.END_USER, 10, 10, 10, 10, 10);
        RoundResult r = result();
        assertThat(r.nps().score()).isCloseTo(100.0, E6);
        assertThat(r.nps().high()).isEqualTo(100.0);
        assertThat(r.npsVsPrevious()).isNull();
        assertThat(r.npsVsBaseline()).isNull();
    }
}
