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
import nl.xlascorecard.core.shared.ForbiddenException;
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
    private final RoundResultService service = new RoundResultService(f.rounds, f.responses, f.roundAccess,
            f.access, f.directory, f.templateVersions, f.settings);

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
        // Overall mean = mean of the shown category means. EMPATHY (n 2) is suppressed and left out:
        // with it in, its mean would follow from the overall and the other means.
        //   (REL 70 + ASS 70 + COM 68) / 3 = 69.333333
        // Respondents' own overall scores (mean of their REL, ASS and COM scores):
        //   R1 (70+70+90)/3 = 76.666667   R2 (60+60+40)/3 = 53.333333   R3 (90+80+70)/3 = 80
        //   R4 (50+50+60)/3 = 53.333333   R5 (60+80)/2 = 70              R6 (90+90)/2 = 90
        //   their mean 423.333333/6 = 70.555556; squared deviations sum 1098.148148
        //   variance 219.629630, sd 14.819907; se = sqrt(219.629630/6) = 6.050202
        //   t(5) = 2.570582 -> interval centred on 69.333333: 69.333333 -+ 15.552538
        assertStat(r.overall(), 6, 69.333333, 14.819907, 53.780795, 84.885871);
        // Previous overall: REL 90 and ASS 72 shown, COM (n 1) left out -> 81; respondents
        //   (90+70)/2 = 80, 85, 75, 86, 79 -> variance 20.5
        //   delta = 69.333333 - 81 = -11.666667; se^2 = 36.604938 + 4.1 = 40.704938, t = -1.828619,
        //   df = 6.09 -> p = 0.117: not significant
        assertDelta(r.overallVsPrevious(), previous.id(), -11.666667, false);
        // Baseline overall: only REL, mean 70 -> delta -0.666667, t = -0.072, not significant
        assertDelta(r.overallVsBaseline(), baseline.id(), -0.666667, false);
    }

    @Test
    void anOverallOfOnlySuppressedCategoriesShowsOnlyItsSize() {
        Round round = round(RoundKind.PERIODIC, RoundState.OPEN, "2026-03-02", "2026-03-22", 0);
        // 6 respondents, but no category reaches 5: three scored REL only, three ASS only.
        for (int score : new int[] {50, 60, 70}) {
            respond(round, RespondentRole.END_USER, "REL_1", score);
            respond(round, RespondentRole.END_USER, "ASS_1", score);
        }
        RoundResult r = service.result(Callers.admin(), round.id());
        assertThat(r.overall()).isEqualTo(Stat.suppressed(6));
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
    void roleBreakdownByHandWithComplementarySuppression() {
        Round round = round(RoundKind.PERIODIC, RoundState.OPEN, "2026-03-02", "2026-03-22", 0);
        for (int score : new int[] {50, 60, 70, 80, 90}) {
            respond(round, RespondentRole.END_USER, "REL_1", score, "REL_2", score);
        }
        int[] ictRel = {40, 50, 60, 70, 80, 90};
        int[] ictAss = {60, 70, 80, 60, 70, 80};
        for (int i = 0; i < ictRel.length; i++) {
            respond(round, RespondentRole.ICT_MANAGER, "REL_1", ictRel[i], "ASS_1", ictAss[i]);
        }
        respond(round, RespondentRole.EXECUTIVE, "REL_1", 100);
        RoundResult r = service.result(Callers.admin(), round.id());

        // RELIABILITY: the one executive is suppressed. Shown, the end users (5) and ICT managers
        // (6) and everyone (12) would give the executive's score by subtraction, so the smallest
        // other group, the end users, is suppressed too.
        assertThat(role(r, RespondentRole.EXECUTIVE).categories().get(Category.RELIABILITY)).isEqualTo(Stat.suppressed(1));
        assertThat(role(r, RespondentRole.END_USER).categories().get(Category.RELIABILITY)).isEqualTo(Stat.suppressed(5));
        // ICT managers REL 40..90: mean 65, variance 350, sd 18.708287, t(5) 2.570582 -> 65 -+ 19.633143
        RoleResult ict = role(r, RespondentRole.ICT_MANAGER);
        assertStat(ict.categories().get(Category.RELIABILITY), 6, 65, 18.708287, 45.366857, 84.633143);
        // ASSURANCE: only ICT managers (60 70 80 60 70 80: mean 70, variance 80, sd 8.944272) -> 70 -+ 9.386438
        assertStat(ict.categories().get(Category.ASSURANCE), 6, 70, 8.944272, 60.613562, 79.386438);
        // ICT managers' overall: (65 + 70) / 2 = 67.5; respondents 50 60 70 65 75 85, sd 12.144958
        //   -> 67.5 -+ 12.745352
        assertStat(ict.overall(), 6, 67.5, 12.144958, 54.754648, 80.245352);
        // End users have no shown category left: their overall shows only its size.
        assertThat(role(r, RespondentRole.END_USER).overall()).isEqualTo(Stat.suppressed(5));
        assertThat(role(r, RespondentRole.EXECUTIVE).overall()).isEqualTo(Stat.suppressed(1));
        // Everyone: REL 50..90, 40..90, 100 -> mean 70 (n 12); overall (70 + 70) / 2 = 70; respondents'
        //   overall 50 60 70 80 90 | 50 60 70 65 75 85 | 100: sd 15.539539, t(11) -> 70 -+ 9.873352
        assertStat(r.overall(), 12, 70, 15.539539, 60.126648, 79.873352);
        assertThat(r.responseRate()).isNull();
    }

    @Test
    void complementarySuppressionTakesTheSmallestShownGroupOnlyWhenExactlyOneIsSuppressed() {
        Stat shown5 = new Stat(5, 70.0, 10.0, 60.0, 80.0, false);
        Stat shown6 = new Stat(6, 70.0, 10.0, 60.0, 80.0, false);
        Map<RespondentRole, Stat> one = new java.util.EnumMap<>(Map.of(RespondentRole.ICT_MANAGER, shown6,
                RespondentRole.END_USER, shown5, RespondentRole.EXECUTIVE, Stat.suppressed(2)));
        assertThat(RoleBreakdown.complement(one)).containsEntry(RespondentRole.END_USER, Stat.suppressed(5))
                .containsEntry(RespondentRole.ICT_MANAGER, shown6);
        Map<RespondentRole, Stat> two = new java.util.EnumMap<>(Map.of(RespondentRole.ICT_MANAGER, shown6,
                RespondentRole.END_USER, Stat.suppressed(3), RespondentRole.EXECUTIVE, Stat.suppressed(2)));
        assertThat(RoleBreakdown.complement(two)).isEqualTo(two);
        Map<RespondentRole, Stat> none = new java.util.EnumMap<>(Map.of(RespondentRole.ICT_MANAGER, shown6,
                RespondentRole.END_USER, shown5, RespondentRole.EXECUTIVE, Stat.empty()));
        assertThat(RoleBreakdown.complement(none)).isEqualTo(none);
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
    void agentsReadClosedResultsOnlyManagersAlsoInterimOnes() {
        handDataSet();
        assertThat(service.result(Callers.agent("ag", ORG), previous.id()).responses()).isEqualTo(5);
        // The current round is OPEN: two reads a response apart would show that one response.
        assertThatThrownBy(() -> service.result(Callers.agent("ag", ORG), current.id()))
                .isInstanceOfSatisfying(ForbiddenException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(RoundResultService.NOT_CLOSED));
        Round planned = round(RoundKind.PERIODIC, RoundState.PLANNED, "2026-09-07", "2026-09-27", 0);
        assertThatThrownBy(() -> service.result(Callers.agent("ag", ORG), planned.id()))
                .isInstanceOf(ForbiddenException.class);
        assertThat(service.result(Callers.serviceManager("sm"), current.id()).responses()).isEqualTo(7);
        assertThat(service.result(Callers.admin(), planned.id()).responses()).isZero();
        // A service manager limited to other organisations, who is also an agent here, is an agent here.
        f.limitServiceManagers();
        assertThatThrownBy(() -> service.result(Callers.serviceManagerAndAgent("sm2", ORG), current.id()))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anUnknownOrganisationIsNotFoundAlsoForThoseWhoSeeAll() {
        assertThatThrownBy(() -> service.latestClosed(Callers.admin(), 987654))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("xla.error.organisation.notFound"));
        assertThatThrownBy(() -> service.latestClosed(Callers.serviceManager("sm"), 987654))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void agentsOfTheOrganisationReadOthersDoNot() {
        handDataSet();
        assertThat(service.result(Callers.agent("ag", ORG), previous.id()).responses()).isEqualTo(5);
        assertThatThrownBy(() -> service.result(Callers.agent("ag", CoreFixture.OTHER_ORG), current.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.result(Callers.customer("c", ORG), current.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.latestClosed(Callers.agent("ag", CoreFixture.OTHER_ORG), ORG))
                .isInstanceOf(NotFoundException.class);
    }
}
