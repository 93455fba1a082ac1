package nl.xlascorecard.core.target.domain;

import static nl.xlascorecard.core.target.domain.TargetStatus.AT_RISK;
import static nl.xlascorecard.core.target.domain.TargetStatus.BREACHED;
import static nl.xlascorecard.core.target.domain.TargetStatus.MET;
import static nl.xlascorecard.core.target.domain.TargetStatus.NO_DATA;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The status rule against hand-computed values (docs/decisions-targets.md). */
class TargetEvaluationTest {

    /** CSAT % >= 90 with margin 3 and at least 10 ratings. */
    private static final XlaTarget CSAT = new XlaTarget(1, null, XlaMetric.CSAT_PERCENT, null, Comparison.AT_LEAST,
            90, 3, TargetWindow.rollingDays(90), 10);

    @Test
    void exactlyAtTheThresholdMeetsTheTargetButIsAtRiskInsideTheMargin() {
        // 27 of 30 ratings 4-5 stars: 100 * 27 / 30 = 90 exactly (not 89.99999999999999).
        assertThat(TargetEvaluation.evaluate(100.0 * 27 / 30, 30, CSAT)).isEqualTo(AT_RISK);
        assertThat(TargetEvaluation.evaluate(90.0, 30, withMargin(CSAT, 0))).isEqualTo(MET);
    }

    @Test
    void insideTheMarginIsAtRiskAndTheMarginsUpperEdgeIsMet() {
        assertThat(TargetEvaluation.evaluate(92.9, 40, CSAT)).isEqualTo(AT_RISK);
        assertThat(TargetEvaluation.evaluate(93.0, 40, CSAT)).isEqualTo(MET);
        assertThat(TargetEvaluation.evaluate(100.0, 40, CSAT)).isEqualTo(MET);
    }

    @Test
    void belowTheThresholdIsBreached() {
        // 35 of 40: 87.5 %
        assertThat(TargetEvaluation.evaluate(100.0 * 35 / 40, 40, CSAT)).isEqualTo(BREACHED);
        assertThat(TargetEvaluation.evaluate(89.999, 40, CSAT)).isEqualTo(BREACHED);
    }

    @Test
    void tooFewDataPointsIsNoDataWhateverTheValue() {
        assertThat(TargetEvaluation.evaluate(50.0, 9, CSAT)).isEqualTo(NO_DATA);
        assertThat(TargetEvaluation.evaluate(100.0, 9, CSAT)).isEqualTo(NO_DATA);
        assertThat(TargetEvaluation.evaluate(50.0, 10, CSAT)).isEqualTo(BREACHED);
    }

    @Test
    void anEmptyWindowIsNoData() {
        assertThat(TargetEvaluation.evaluate(Measurement.none(), CSAT)).isEqualTo(NO_DATA);
        assertThat(TargetEvaluation.evaluate(null, 0, withMinimum(CSAT, 1))).isEqualTo(NO_DATA);
    }

    @Test
    void npsOfOnlyPassivesIsZeroAndBreachesThirty() {
        // 12 respondents all answering 7 or 8: promoters 0 %, detractors 0 %, NPS = 0 - 0 = 0.
        XlaTarget nps = new XlaTarget(2, null, XlaMetric.NPS, null, Comparison.AT_LEAST, 30, 10,
                TargetWindow.latestClosedRound(), 10);
        double promoters = 0.0 / 12;
        double detractors = 0.0 / 12;
        double score = 100 * (promoters - detractors);
        assertThat(TargetEvaluation.evaluate(score, 12, nps)).isEqualTo(BREACHED);
        assertThat(TargetEvaluation.evaluate(35.0, 12, nps)).isEqualTo(AT_RISK);
        assertThat(TargetEvaluation.evaluate(40.0, 12, nps)).isEqualTo(MET);
        assertThat(TargetEvaluation.evaluate(-10.0, 12, nps)).isEqualTo(BREACHED);
    }

    @Test
    void atMostMirrorsTheRule() {
        // e.g. a mean rating that must stay at most 2.0 stars for a metric measured the other way round
        XlaTarget atMost = new XlaTarget(3, 7L, XlaMetric.MEAN_RATING, null, Comparison.AT_MOST, 2.0, 0.5,
                TargetWindow.rollingDays(30), 5);
        assertThat(TargetEvaluation.evaluate(2.0, 5, atMost)).isEqualTo(AT_RISK);
        assertThat(TargetEvaluation.evaluate(1.6, 5, atMost)).isEqualTo(AT_RISK);
        assertThat(TargetEvaluation.evaluate(1.5, 5, atMost)).isEqualTo(MET);
        assertThat(TargetEvaluation.evaluate(2.01, 5, atMost)).isEqualTo(BREACHED);
        assertThat(TargetEvaluation.evaluate(2.0, 5, withMargin(atMost, 0))).isEqualTo(MET);
        assertThat(TargetEvaluation.evaluate(1.0, 4, atMost)).isEqualTo(NO_DATA);
    }

    @Test
    void worstStatusRanksBreachedAboveAtRiskAboveNoDataAboveMet() {
        assertThat(MET.worse(null)).isEqualTo(MET);
        assertThat(MET.worse(NO_DATA)).isEqualTo(NO_DATA);
        assertThat(NO_DATA.worse(AT_RISK)).isEqualTo(AT_RISK);
        assertThat(BREACHED.worse(AT_RISK)).isEqualTo(BREACHED);
        assertThat(AT_RISK.worse(BREACHED)).isEqualTo(BREACHED);
    }

    private static XlaTarget withMargin(XlaTarget t, double margin) {
        return new XlaTarget(t.id(), t.organisationId(), t.metric(), t.category(), t.comparison(), t.threshold(), margin,
                t.window(), t.minimumDataPoints());
    }

    private static XlaTarget withMinimum(XlaTarget t, int minimum) {
        return new XlaTarget(t.id(), t.organisationId(), t.metric(), t.category(), t.comparison(), t.threshold(),
                t.warningMargin(), t.window(), minimum);
    }
}
