package nl.xlascorecard.core.target.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.organisation.domain.OrganisationRef;

/** The watermelon rule and the worst status of an overview row. */
class OrganisationOverviewTest {

    private static final OrganisationRef ORG = new OrganisationRef(1, "Zorggroep Noord");
    private static final Instant AT = Instant.parse("2026-12-07T06:00:00Z");

    @Test
    void greenSlaWithABreachedTargetIsAWatermelon() {
        OrganisationOverview row = OrganisationOverview.of(ORG, SlaFigures.of(412, 18, 30),
                List.of(view(1, TargetStatus.MET), view(2, TargetStatus.BREACHED)));
        assertThat(row.sla().percent()).isCloseTo(95.81, org.assertj.core.data.Offset.offset(0.01));
        assertThat(row.worstStatus()).isEqualTo(TargetStatus.BREACHED);
        assertThat(row.watermelon()).isTrue();
    }

    @Test
    void exactlyNinetyFivePercentMetCountsAsGreenAndAtRiskAsRed() {
        OrganisationOverview row = OrganisationOverview.of(ORG, SlaFigures.of(95, 5, 30), List.of(view(1, TargetStatus.AT_RISK)));
        assertThat(row.watermelon()).isTrue();
    }

    @Test
    void noWatermelonWithRedSlaNoSlaDataOrOnlyMetTargets() {
        assertThat(OrganisationOverview.of(ORG, SlaFigures.of(94, 6, 30), List.of(view(1, TargetStatus.BREACHED))).watermelon())
                .isFalse();
        assertThat(OrganisationOverview.of(ORG, null, List.of(view(1, TargetStatus.BREACHED))).watermelon()).isFalse();
        OrganisationOverview fine = OrganisationOverview.of(ORG, SlaFigures.of(99, 1, 30),
                List.of(view(1, TargetStatus.MET), view(2, TargetStatus.NO_DATA)));
        assertThat(fine.watermelon()).isFalse();
        assertThat(fine.worstStatus()).isEqualTo(TargetStatus.NO_DATA);
    }

    @Test
    void withoutTargetsThereIsNoWorstStatus() {
        assertThat(OrganisationOverview.of(ORG, SlaFigures.of(99, 1, 30), List.of()).worstStatus()).isNull();
    }

    @Test
    void slaWithoutCyclesHasNoPercent() {
        assertThat(SlaFigures.of(0, 0, 30).percent()).isNull();
    }

    private static TargetView view(long id, TargetStatus status) {
        XlaTarget target = new XlaTarget(id, null, XlaMetric.CSAT_PERCENT, null, Comparison.AT_LEAST, 90, 3,
                TargetWindow.rollingDays(90), 10);
        return new TargetView(target, true, new TargetState(1, id, status, 80.0, 20, AT, AT));
    }
}
