package nl.xlascorecard.core.target.service;

import static nl.xlascorecard.core.shared.ValidationAssertions.fieldsAndKeys;
import static nl.xlascorecard.core.testing.CoreFixture.ORG;
import static nl.xlascorecard.core.testing.CoreFixture.OTHER_ORG;
import static nl.xlascorecard.core.testing.TargetFixture.csat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.shared.ConflictException;
import nl.xlascorecard.core.shared.FieldErrors;
import nl.xlascorecard.core.shared.ForbiddenException;
import nl.xlascorecard.core.shared.NotFoundException;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.core.target.domain.TargetView;
import nl.xlascorecard.core.target.domain.XlaMetric;
import nl.xlascorecard.core.target.domain.XlaTarget;
import nl.xlascorecard.core.target.port.in.ManageTargets.TargetCommand;
import nl.xlascorecard.core.testing.Callers;
import nl.xlascorecard.core.testing.TargetFixture;

/** Who may read and set targets, what is inherited, and what a bad target is told. */
class TargetServiceTest {

    private final TargetFixture f = new TargetFixture();
    private final TargetService service = f.service;

    @Test
    void anOrganisationInheritsDefaultsItDoesNotOverride() {
        XlaTarget csatDefault = service.createDefault(Callers.admin(), csat(90, 3, 90, 10));
        XlaTarget npsDefault = service.createDefault(Callers.admin(), new TargetCommand("NPS", null, "AT_LEAST", 30.0, 10.0,
                "LATEST_CLOSED_ROUND", null, 10));
        XlaTarget own = service.create(Callers.admin(), ORG, csat(85, 2, 30, 5));

        List<TargetView> effective = service.effective(Callers.agent("a1", ORG), ORG);
        assertThat(effective).extracting(v -> v.target().id(), TargetView::inherited)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(own.id(), false),
                        org.assertj.core.groups.Tuple.tuple(npsDefault.id(), true));
        assertThat(service.effective(Callers.admin(), OTHER_ORG)).extracting(v -> v.target().id())
                .containsExactly(csatDefault.id(), npsDefault.id());
    }

    @Test
    void aScopeHasOneTargetPerMetricAndCategory() {
        service.create(Callers.admin(), ORG, csat(85, 2, 30, 5));
        assertThatThrownBy(() -> service.create(Callers.admin(), ORG, csat(80, 2, 60, 5)))
                .isInstanceOf(ConflictException.class);
        service.create(Callers.admin(), OTHER_ORG, csat(80, 2, 60, 5));
        service.create(Callers.admin(), ORG, new TargetCommand("SCORECARD_CATEGORY", "EMPATHY", "AT_LEAST", 70.0, 5.0,
                "LATEST_CLOSED_ROUND", null, 5));
        service.create(Callers.admin(), ORG, new TargetCommand("SCORECARD_CATEGORY", "ASSURANCE", "AT_LEAST", 70.0, 5.0,
                "LATEST_CLOSED_ROUND", null, 5));
        assertThat(f.targets.size()).isEqualTo(4);
    }

    @Test
    void everyBrokenRuleIsNamedAndNothingIsWritten() {
        assertThat(fieldsAndKeys(() -> service.create(Callers.admin(), ORG,
                new TargetCommand("CSAT", null, "MORE", null, -1.0, "SOMETIMES", null, 0))))
                .containsExactly("metric=" + FieldErrors.INVALID_CHOICE, "comparison=" + FieldErrors.INVALID_CHOICE,
                        "window.kind=" + FieldErrors.INVALID_CHOICE, "threshold=" + FieldErrors.REQUIRED,
                        "warningMargin=" + TargetRules.MARGIN_RANGE, "minimumDataPoints=" + FieldErrors.RANGE);
        assertThat(fieldsAndKeys(() -> service.create(Callers.admin(), ORG,
                new TargetCommand("CSAT_PERCENT", "EMPATHY", "AT_LEAST", 101.0, 200.0, "LATEST_CLOSED_ROUND", 5, 1))))
                .containsExactly("category=" + TargetRules.CATEGORY_NOT_FOR_METRIC,
                        "window.kind=" + TargetRules.WINDOW_NOT_FOR_METRIC, "threshold=" + TargetRules.THRESHOLD_RANGE,
                        "warningMargin=" + TargetRules.MARGIN_RANGE, "window.days=" + TargetRules.DAYS_NOT_FOR_WINDOW);
        assertThat(fieldsAndKeys(() -> service.create(Callers.admin(), ORG,
                new TargetCommand("SCORECARD_CATEGORY", null, "AT_LEAST", 0.0, 0.0, "ROLLING_DAYS", 3661, null))))
                .containsExactly("category=" + FieldErrors.REQUIRED, "threshold=" + TargetRules.THRESHOLD_RANGE,
                        "window.days=" + FieldErrors.RANGE, "minimumDataPoints=" + FieldErrors.REQUIRED);
        assertThat(fieldsAndKeys(() -> service.create(Callers.admin(), ORG,
                new TargetCommand("NPS", null, "AT_LEAST", Double.NaN, 1.0, "ROLLING_DAYS", 0, 1))))
                .containsExactly("threshold=" + TargetRules.THRESHOLD_RANGE, "window.days=" + FieldErrors.RANGE);
        assertThat(f.targets.size()).isZero();
        assertThat(f.tx.count()).isZero();
    }

    @Test
    void thresholdsFollowTheMetricsRange() {
        service.create(Callers.admin(), ORG, new TargetCommand("NPS", null, "AT_LEAST", -100.0, 0.0, "ROLLING_DAYS", 180, 1));
        service.create(Callers.admin(), ORG, new TargetCommand("MEAN_RATING", null, "AT_MOST", 5.0, 4.0, "ROLLING_DAYS", 1, 1));
        assertThat(fieldsAndKeys(() -> service.create(Callers.admin(), OTHER_ORG,
                new TargetCommand("MEAN_RATING", null, "AT_LEAST", 0.5, 4.5, "ROLLING_DAYS", 30, 1))))
                .containsExactly("threshold=" + TargetRules.THRESHOLD_RANGE, "warningMargin=" + TargetRules.MARGIN_RANGE);
    }

    @Test
    void agentsReadButDoNotSetTargetsAndStrangersSeeNothing() {
        assertThat(service.effective(Callers.agent("a1", ORG), ORG)).isEmpty();
        assertThatThrownBy(() -> service.create(Callers.agent("a1", ORG), ORG, csat(90, 3, 90, 10)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.effective(Callers.agent("a1", ORG), OTHER_ORG)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.effective(Callers.customer("c1", ORG), ORG)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.create(Callers.customer("c1", ORG), ORG, csat(90, 3, 90, 10)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.effective(Callers.admin(), 99)).isInstanceOf(NotFoundException.class);
        assertThat(f.targets.size()).isZero();
    }

    @Test
    void limitedServiceManagersSetTargetsOfTheirOwnOrganisationsOnly() {
        f.core.limitServiceManagers();
        service.create(Callers.serviceManager("sm1"), ORG, csat(90, 3, 90, 10));
        assertThatThrownBy(() -> service.create(Callers.serviceManager("sm1"), OTHER_ORG, csat(90, 3, 90, 10)))
                .isInstanceOf(NotFoundException.class);
        assertThat(f.targets.size()).isEqualTo(1);
    }

    @Test
    void onlyAdministratorsChangeDefaultsAndServiceManagersReadThem() {
        XlaTarget d = service.createDefault(Callers.admin(), csat(90, 3, 90, 10));
        assertThat(service.defaults(Callers.serviceManager("sm1"))).containsExactly(d);
        assertThatThrownBy(() -> service.createDefault(Callers.serviceManager("sm1"), csat(90, 3, 90, 10)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.updateDefault(Callers.serviceManager("sm1"), d.id(), csat(80, 3, 90, 10)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.deleteDefault(Callers.serviceManager("sm1"), d.id()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.defaults(Callers.agent("a1", ORG))).isInstanceOf(ForbiddenException.class);
        assertThat(service.updateDefault(Callers.admin(), d.id(), csat(80, 3, 90, 10)).threshold()).isEqualTo(80);
    }

    @Test
    void aDefaultIsNotEditedThroughAnOrganisationAndOtherOrganisationsTargetsAreNotFound() {
        XlaTarget d = service.createDefault(Callers.admin(), csat(90, 3, 90, 10));
        XlaTarget other = service.create(Callers.admin(), OTHER_ORG, csat(80, 3, 90, 10));
        assertThatThrownBy(() -> service.update(Callers.admin(), ORG, d.id(), csat(80, 3, 90, 10)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> service.delete(Callers.admin(), ORG, other.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.getDefault(Callers.admin(), other.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.history(Callers.admin(), ORG, other.id(), PageRequest.first(10)))
                .isInstanceOf(NotFoundException.class);
        assertThat(service.history(Callers.admin(), ORG, d.id(), PageRequest.first(10)).items()).isEmpty();
        f.evaluation.evaluateOrganisation(ORG);
        assertThat(service.history(Callers.agent("a1", ORG), ORG, d.id(), PageRequest.first(10)).items()).hasSize(1);
    }

    @Test
    void deletingAnOwnTargetBringsTheDefaultBack() {
        XlaTarget d = service.createDefault(Callers.admin(), csat(90, 3, 90, 10));
        XlaTarget own = service.create(Callers.admin(), ORG, csat(85, 2, 30, 5));
        service.delete(Callers.admin(), ORG, own.id());
        assertThat(service.effective(Callers.admin(), ORG)).extracting(v -> v.target().id()).containsExactly(d.id());
        // The deleted target's current status goes; the status changes it went through are kept.
        assertThat(f.statuses.ofOrganisations(List.of(ORG))).noneMatch(s -> s.targetId() == own.id());
        assertThat(f.statuses.allHistory()).anyMatch(c -> c.targetId() == own.id());
        assertThat(service.get(Callers.admin(), ORG, d.id()).target().metric()).isEqualTo(XlaMetric.CSAT_PERCENT);
    }
}
