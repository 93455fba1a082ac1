package nl.xlascorecard.core.scorecard.service;

import static nl.xlascorecard.core.testing.CoreFixture.ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.organisation.domain.AppSettings;
import nl.xlascorecard.core.scorecard.domain.Category;
import nl.xlascorecard.core.scorecard.domain.CategoryResult;
import nl.xlascorecard.core.scorecard.domain.Delta;
import nl.xlascorecard.core.scorecard.domain.RespondentRole;
import nl.xlascorecard.core.scorecard.domain.Response;
import nl.xlascorecard.core.scorecard.domain.RoleResult;
import nl.xlascorecard.core.scorecard.domain.Round;
import nl.xlascorecard.core.scorecard.domain.RoundKind;
import nl.xlascorecard.core.scorecard.domain.RoundResult;
import nl.xlascorecard.core.scorecard.domain.RoundState;
import nl.xlascorecard.core.scorecard.domain.Stat;
import nl.xlascorecard.core.scorecard.domain.StatementResult;
import nl.xlascorecard.core.shared.NotFoundException;
import nl.xlascorecard.core.testing.Callers;
import nl.xlascorecard.core.testing.CoreFixture;
import nl.xlascorecard.core.testing.Rounds;

/**
 * The round result on a small data set computed by hand (each expected figure is derived in the
 * comments; scipy's ttest_ind(equal_var=False) and t.ppf give the same numbers).
 */
class RoundResultServiceTest {

    private static final Offset<Double> E6 = within(1e-6);

    private final CoreFixture f = new CoreFixture();
    private final RoundResultService service = new RoundResultService(f.rounds, f.responses, f.roundAccess, f.access,
            f.templateVersions, f.settings);

    private Round baseline;
    private Round previous;
    private Round current;

    private Round round(RoundKind kind, RoundState state, String opens, String closes, int invitations) {
        return f.rounds.store(Rounds.withInvitations(Rounds.round(ORG, kind, state, opens, closes), invitations, false));
    }

    private void respond(Round round, RespondentRole role, Object... keysAndScores) {
        Map<String, Integer> scores = new HashMap<>();
        for (int i = 0; i < keysAndScores.length; i += 2) {
            scores.put((String) keysAndScores[i], (Integer) keysAndScores[i + 1]);
        }
        f.responses.store(new Response(0, round.id(), role, null, null, scores, Map.of(), null, CoreFixture.NOW));
    }

    /**
     * Baseline (closed): 5 respondents scored only REL_1: 50, 60, 70, 80, 90.
     * Previous (closed), 5 ICT managers:
     *   P1 REL_1 90 REL_2 90 ASS_1 70 COM_1 80 | P2 95 95 75 - | P3 85 85 65 - | P4 92 92 80 - | P5 88 88 70 -
     * Current (open, 14 invited), 7 responses:
     *   R1 end user   REL_1 80  REL_2 60  ASS_1 70  COM_1 90
     *   R2 end user   REL_1 70  REL_2 50  ASS_1 60  COM_1 40
     *   R3 end user   REL_1 90            ASS_1 80  COM_1 70
     *   R4 ICT mgr    REL_1 60  REL_2 40  ASS_1 50  COM_1 60  EMP_1 30
     *   R5 ICT mgr    REL_1 50  REL_2 70            COM_1 80
     *   R6 executive  REL_1 100 REL_2 80  ASS_1 90            EMP_1 70
     *   R7 end user   (a comment only: counts as a response, not in any score)
     */
    private void handDataSet() {
        f.settings.put(new AppSettings("xla-service-managers", false, 69, 5));
        baseline = round(RoundKind.BASELINE, RoundState.CLOSED, "2025-03-03", "2025-03-23", 10);
        for (int score : new int[] {50, 60, 70, 80, 90}) {
            respond(baseline, RespondentRole.ICT_MANAGER, "REL_1", score);
        }
        previous = round(RoundKind.PERIODIC, RoundState.CLOSED, "2025-09-01", "2025-09-21", 10);
        respond(previous, RespondentRole.ICT_MANAGER, "REL_1", 90, "REL_2", 90, "ASS_1", 70, "COM_1", 80);
        respond(previous, RespondentRole.ICT_MANAGER, "REL_1", 95, "REL_2", 95, "ASS_1", 75);
        respond(previous, RespondentRole.ICT_MANAGER, "REL_1", 85, "REL_2", 85, "ASS_1", 65);
        respond(previous, RespondentRole.ICT_MANAGER, "REL_1", 92, "REL_2", 92, "ASS_1", 80);
        respond(previous, RespondentRole.ICT_MANAGER, "REL_1", 88, "REL_2", 88, "ASS_1", 70);
        current = round(RoundKind.PERIODIC, RoundState.OPEN, "2026-03-02", "2026-03-22", 14);
        respond(current, RespondentRole.END_USER, "REL_1", 80, "REL_2", 60, "ASS_1", 70, "COM_1", 90);
        respond(current, RespondentRole.END_USER, "REL_1", 70, "REL_2", 50, "ASS_1", 60, "COM_1", 40);
        respond(current, RespondentRole.END_USER, "REL_1", 90, "ASS_1", 80, "COM_1", 70);
        respond(current, RespondentRole.ICT_MANAGER, "REL_1", 60, "REL_2", 40, "ASS_1", 50, "COM_1", 60, "EMP_1", 30);
        respond(current, RespondentRole.ICT_MANAGER, "REL_1", 50, "REL_2", 70, "COM_1", 80);
        respond(current, RespondentRole.EXECUTIVE, "REL_1", 100, "REL_2", 80, "ASS_1", 90, "EMP_1", 70);
        f.responses.store(new Response(0, current.id(), RespondentRole.END_USER, null, null, Map.of(),
                Map.of(Category.EMPATHY, "Prima"), null, CoreFixture.NOW));
    }

    private static CategoryResult category(RoundResult result, Category category) {
        return result.categories().stream().filter(c -> c.category() == category).findFirst().orElseThrow();
    }

    private static StatementResult statement(RoundResult result, String key) {
        return result.categories().stream().flatMap(c -> c.statements().stream())
                .filter(s -> s.statementKey().equals(key)).findFirst().orElseThrow();
    }

    private static RoleResult role(RoundResult result, RespondentRole role) {
        return result.roles().stream().filter(r -> r.role() == role).findFirst().orElseThrow();
    }

    private static void assertStat(Stat stat, int n, double mean, double sd, double low, double high) {
        assertThat(stat.suppressed()).isFalse();
        assertThat(stat.n()).isEqualTo(n);
        assertThat(stat.mean()).isCloseTo(mean, E6);
        assertThat(stat.sd()).isCloseTo(sd, E6);
        assertThat(stat.ciLow()).isCloseTo(low, E6);
        assertThat(stat.ciHigh()).isCloseTo(high, E6);
    }

    private static void assertDelta(Delta delta, long otherRoundId, double value, boolean significant) {
        assertThat(delta.otherRoundId()).isEqualTo(otherRoundId);
        assertThat(delta.delta()).isCloseTo(value, E6);
        assertThat(delta.significant()).isEqualTo(significant);
    }

    @Test
    void countsResponsesAndNamesTheComparedRounds() {
        handDataSet();
        RoundResult r = service.result(Callers.serviceManager("sm"), current.id());
        assertThat(r.round()).isEqualTo(current);
        assertThat(r.responses()).isEqualTo(7);
        assertThat(r.responseRate()).isEqualTo(0.5); // 7 / 14
        assertThat(r.previousRoundId()).isEqualTo(previous.id());
        assertThat(r.baselineRoundId()).isEqualTo(baseline.id());
        assertThat(r.attentionThreshold()).isEqualTo(69);
        assertThat(r.categories()).extracting(CategoryResult::category).containsExactly(Category.values());
    }

    @Test
    void statementsByHand() {
        handDataSet();
        RoundResult r = service.result(Callers.serviceManager("sm"), current.id());
        // REL_1: 80 70 90 60 50 100 -> n 6, mean 450/6 = 75
        //   squares 25 25 225 225 625 625 = 1750, variance 1750/5 = 350, sd 18.708287
        //   se = sqrt(350/6) = 7.637626, t(5) = 2.570582 -> 75 -+ 19.633143
        StatementResult rel1 = statement(r, "REL_1");
        assertStat(rel1.stat(), 6, 75, 18.708287, 55.366857, 94.633143);
        // vs previous 90 95 85 92 88 (mean 90, variance 14.5): delta -15,
        //   se^2 = 350/6 + 14.5/5 = 61.233333, t = -1.916891, df = 5.49 -> p = 0.108: not significant
        assertDelta(rel1.vsPrevious(), previous.id(), -15, false);
        // vs baseline 50..90 (mean 70, variance 250): delta 5, t = 0.480, p = 0.64
        assertDelta(rel1.vsBaseline(), baseline.id(), 5, false);
        // REL_2: 60 50 40 70 80 -> mean 60, squares 0 100 400 100 400 = 1000, variance 250, sd 15.811388
        //   se = sqrt(50) = 7.071068, t(4) = 2.776445 -> 60 -+ 19.632432
        assertStat(statement(r, "REL_2").stat(), 5, 60, 15.811388, 40.367568, 79.632432);
        // COM_1: 90 40 70 60 80 -> mean 68, squares 484 784 4 64 144 = 1480, variance 370, sd 19.235384
        //   se = sqrt(74) = 8.602325 -> 68 -+ 23.883884
        assertStat(statement(r, "COM_1").stat(), 5, 68, 19.235384, 44.116116, 91.883884);
        // EMP_1: two scores -> only n is shown; REL_3: nobody scored it.
        assertThat(statement(r, "EMP_1").stat()).isEqualTo(Stat.suppressed(2));
        assertThat(statement(r, "EMP_1").vsPrevious()).isEqualTo(Delta.unavailable(previous.id()));
        assertThat(statement(r, "REL_3").stat()).isEqualTo(Stat.empty());
    }

    @Test
    void categoriesByHand() {
        handDataSet();
        RoundResult r = service.result(Callers.serviceManager("sm"), current.id());
        // RELIABILITY per respondent (mean of their REL scores): R1 70, R2 60, R3 90, R4 50, R5 60, R6 90
        //   mean 420/6 = 70; squares 0 100 400 400 100 400 = 1400, variance 280, sd 16.733201
        //   se = sqrt(280/6) = 6.831301, t(5) = 2.570582 -> 70 -+ 17.560417
        CategoryResult rel = category(r, Category.RELIABILITY);
        assertStat(rel.stat(), 6, 70, 16.733201, 52.439583, 87.560417);
        // vs previous (respondent REL scores 90 95 85 92 88: mean 90, variance 14.5): delta -20
        //   se^2 = 280/6 + 14.5/5 = 49.566667, t = -2.840764, df = 5.61 -> p = 0.032: significant drop
        assertDelta(rel.vsPrevious(), previous.id(), -20, true);
        // vs baseline (50..90, mean 70): delta 0, not significant
        assertDelta(rel.vsBaseline(), baseline.id(), 0, false);
        // 70 is not below the threshold 69, but the significant drop calls for attention.
        assertThat(rel.attention()).isTrue();

        // ASSURANCE: R1 70, R2 60, R3 80, R4 50, R6 90 -> mean 70, variance 250
        CategoryResult ass = category(r, Category.ASSURANCE);
        assertStat(ass.stat(), 5, 70, 15.811388, 50.367568, 89.632432);
        // vs previous 70 75 65 80 70 (mean 72, variance 32.5): delta -2, t = -0.266, not significant
        assertDelta(ass.vsPrevious(), previous.id(), -2, false);
        // the baseline has no ASSURANCE scores
        assertThat(ass.vsBaseline()).isEqualTo(Delta.unavailable(baseline.id()));
        assertThat(ass.attention()).isFalse();

        // COMMUNICATION: mean 68 < 69 -> attention; previous has one COM score -> no comparison
        CategoryResult com = category(r, Category.COMMUNICATION);
        assertThat(com.stat().mean()).isCloseTo(68, E6);
        assertThat(com.vsPrevious()).isEqualTo(Delta.unavailable(previous.id()));
        assertThat(com.attention()).isTrue();

        // EMPATHY: R4 30, R6 70 -> n 2, suppressed, never flagged (the flag would reveal the mean 50)
        CategoryResult emp = category(r, Category.EMPATHY);
        assertThat(emp.stat()).isEqualTo(Stat.suppressed(2));
        assertThat(emp.attention()).isFalse();

        CategoryResult par = category(r, Category.PARTNERSHIP);
        assertThat(par.stat()).isEqualTo(Stat.empty());
        assertThat(par.attention()).isFalse();
        assertThat(par.statements()).hasSize(5);
    }

    @Test
    void overallByHand() {
        handDataSet();
        RoundResult r = service.result(Callers.serviceManager("sm"), current.id());
        // Overall mean = mean of the category means with data (suppression hides, it does not drop):
        //   (REL 70 + ASS 70 + EMP 50 + COM 68) / 4 = 64.5
        // Respondents' own overall scores (mean of their category scores):
        //   R1 (70+70+90)/3 = 76.666667   R2 (60+60+40)/3 = 53.333333   R3 (90+80+70)/3 = 80
        //   R4 (50+50+30+60)/4 = 47.5     R5 (60+80)/2 = 70              R6 (90+90+70)/3 = 83.333333
        //   their mean 410.833333/6 = 68.472222; squared deviations sum 1092.245370
        //   variance 218.449074, sd 14.780023; se = sqrt(218.449074/6) = 6.033920
        //   t(5) = 2.570582 -> interval centred on 64.5: 64.5 -+ 15.510683
        assertStat(r.overall(), 6, 64.5, 14.780023, 48.989317, 80.010683);
        // Previous overall: category means REL 90, ASS 72, COM 80 -> 80.666667; respondents
        //   (90+70+80)/3 = 80, 85, 75, 86, 79 -> variance 20.5
        //   delta = 64.5 - 80.666667 = -16.166667; se^2 = 36.408179 + 4.1 = 40.508179, t = -2.540090,
        //   df = 6.09 -> p = 0.0435: significant
        assertDelta(r.overallVsPrevious(), previous.id(), -16.166667, true);
        // Baseline overall: only REL, mean 70 -> delta -5.5, t = -0.592, not significant
        assertDelta(r.overallVsBaseline(), baseline.id(), -5.5, false);
    }

    @Test
    void smallRoleGroupsShowOnlyTheirSize() {
        handDataSet();
        RoundResult r = service.result(Callers.serviceManager("sm"), current.id());
        assertThat(r.roles()).extracting(RoleResult::role).containsExactly(RespondentRole.values());
        // End users R1-R3 scored (R7 only commented); ICT managers R4, R5; executive R6.
        assertThat(role(r, RespondentRole.END_USER).overall()).isEqualTo(Stat.suppressed(3));
        assertThat(role(r, RespondentRole.END_USER).categories().get(Category.RELIABILITY)).isEqualTo(Stat.suppressed(3));
        assertThat(role(r, RespondentRole.END_USER).categories().get(Category.PARTNERSHIP)).isEqualTo(Stat.empty());
        assertThat(role(r, RespondentRole.ICT_MANAGER).overall()).isEqualTo(Stat.suppressed(2));
        assertThat(role(r, RespondentRole.EXECUTIVE).overall()).isEqualTo(Stat.suppressed(1));
    }

    @Test
    void roleBreakdownByHand() {
        Round round = round(RoundKind.PERIODIC, RoundState.OPEN, "2026-03-02", "2026-03-22", 0);
        for (int score : new int[] {50, 60, 70, 80, 90}) {
            respond(round, RespondentRole.END_USER, "REL_1", score, "REL_2", score);
        }
        respond(round, RespondentRole.EXECUTIVE, "REL_1", 100);
        RoundResult r = service.result(Callers.admin(), round.id());
        // End users: REL per respondent 50..90 -> mean 70, variance 250, 70 -+ 19.632432;
        // overall = the only category mean (70), respondents' overall = their REL score.
        RoleResult endUsers = role(r, RespondentRole.END_USER);
        assertStat(endUsers.overall(), 5, 70, 15.811388, 50.367568, 89.632432);
        assertStat(endUsers.categories().get(Category.RELIABILITY), 5, 70, 15.811388, 50.367568, 89.632432);
        assertThat(role(r, RespondentRole.EXECUTIVE).categories().get(Category.RELIABILITY)).isEqualTo(Stat.suppressed(1));
        // Everyone: 50 60 70 80 90 100 -> mean 75, variance 350
        assertStat(r.overall(), 6, 75, 18.708287, 55.366857, 94.633143);
        assertThat(r.responseRate()).isNull();
    }

    @Test
    void aLargerAnonymityFloorSuppressesMoreAndComparesLess() {
        handDataSet();
        f.settings.put(new AppSettings("xla-service-managers", false, 60, 6));
        RoundResult r = service.result(Callers.serviceManager("sm"), current.id());
        assertThat(category(r, Category.ASSURANCE).stat()).isEqualTo(Stat.suppressed(5));
        // RELIABILITY has 6 now, but the previous round's 5 are below the floor.
        assertThat(category(r, Category.RELIABILITY).stat().mean()).isCloseTo(70, E6);
        assertThat(category(r, Category.RELIABILITY).vsPrevious()).isEqualTo(Delta.unavailable(previous.id()));
        assertThat(category(r, Category.RELIABILITY).attention()).isFalse();
    }

    @Test
    void firstRoundHasNothingToCompareWith() {
        Round first = round(RoundKind.BASELINE, RoundState.CLOSED, "2025-03-03", "2025-03-23", 0);
        for (int score : new int[] {50, 60, 70, 80, 90}) {
            respond(first, RespondentRole.ICT_MANAGER, "REL_1", score);
        }
        RoundResult r = service.result(Callers.admin(), first.id());
        assertThat(r.previousRoundId()).isNull();
        assertThat(r.baselineRoundId()).isNull();
        assertThat(r.overallVsPrevious()).isNull();
        assertThat(r.overallVsBaseline()).isNull();
        assertThat(category(r, Category.RELIABILITY).vsPrevious()).isNull();
        assertThat(statement(r, "REL_1").vsBaseline()).isNull();
    }

    @Test
    void openOrPlannedRoundsAreNotCompared() {
        Round open = round(RoundKind.BASELINE, RoundState.OPEN, "2025-03-03", "2025-03-23", 0);
        Round later = round(RoundKind.PERIODIC, RoundState.PLANNED, "2026-03-02", "2026-03-22", 0);
        respond(open, RespondentRole.END_USER, "REL_1", 50);
        RoundResult r = service.result(Callers.admin(), later.id());
        assertThat(r.previousRoundId()).isNull();
        assertThat(r.baselineRoundId()).isNull();
        assertThat(r.responses()).isZero();
        assertThat(r.overall()).isEqualTo(Stat.empty());
    }

    @Test
    void latestClosedPicksTheNewestClosedRound() {
        handDataSet();
        assertThat(service.latestClosed(Callers.agent("ag", ORG), ORG).round()).isEqualTo(previous);
        assertThat(service.latestClosed(Callers.admin(), CoreFixture.OTHER_ORG)).isNull();
    }

    @Test
    void agentsOfTheOrganisationReadOthersDoNot() {
        handDataSet();
        assertThat(service.result(Callers.agent("ag", ORG), current.id()).responses()).isEqualTo(7);
        assertThatThrownBy(() -> service.result(Callers.agent("ag", CoreFixture.OTHER_ORG), current.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.result(Callers.customer("c", ORG), current.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.latestClosed(Callers.agent("ag", CoreFixture.OTHER_ORG), ORG))
                .isInstanceOf(NotFoundException.class);
    }
}
