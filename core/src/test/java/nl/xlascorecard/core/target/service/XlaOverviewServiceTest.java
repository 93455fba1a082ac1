package nl.xlascorecard.core.target.service;

import static nl.xlascorecard.core.shared.ValidationAssertions.fieldsAndKeys;
import static nl.xlascorecard.core.testing.CoreFixture.ORG;
import static nl.xlascorecard.core.testing.CoreFixture.OTHER_ORG;
import static nl.xlascorecard.core.testing.TargetFixture.csat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.shared.FieldErrors;
import nl.xlascorecard.core.shared.ForbiddenException;
import nl.xlascorecard.core.shared.NotFoundException;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.target.domain.OrganisationOverview;
import nl.xlascorecard.core.target.domain.TargetStatus;
import nl.xlascorecard.core.target.port.out.SlaMetricsSource.SlaCycles;
import nl.xlascorecard.core.testing.Callers;
import nl.xlascorecard.core.testing.FollowUpFixture;
import nl.xlascorecard.core.testing.TargetFixture;

/** The overview: who sees which rows, SLA beside the stored statuses, the watermelon flag. */
class XlaOverviewServiceTest {

    private final TargetFixture f = new TargetFixture();

    @Test
    void greenSlaAndABreachedCsatTargetIsAWatermelon() {
        f.service.createDefault(Callers.admin(), csat(90, 3, 90, 3));
        Instant at = f.followUp.clock.instant().minus(Duration.ofDays(1));
        for (int i = 1; i <= 4; i++) {
            f.followUp.recorder.record(FollowUpFixture.observation("ITSM-" + i, i <= 2 ? 1 : 5, at.toString()));
        }
        f.evaluation.evaluateAll();
        f.sla = (organisationId, from, to) -> {
            assertThat(Duration.between(from, to)).isEqualTo(Duration.ofDays(30));
            return organisationId == ORG ? Optional.of(new SlaCycles(412, 18)) : Optional.empty();
        };

        Page<OrganisationOverview> page = f.overview.overview(Callers.admin(), Set.of(), 30, 0, 50);
        assertThat(page.total()).isEqualTo(2);
        OrganisationOverview amstelzorg = page.items().get(0);
        assertThat(amstelzorg.organisation().name()).isEqualTo("Amstelzorg");
        assertThat(amstelzorg.sla().total()).isEqualTo(430);
        assertThat(amstelzorg.worstStatus()).isEqualTo(TargetStatus.BREACHED);
        assertThat(amstelzorg.watermelon()).isTrue();
        assertThat(amstelzorg.targets().getFirst().state().value()).isEqualTo(50.0);
        OrganisationOverview noord = page.items().get(1);
        assertThat(noord.sla()).isNull();
        assertThat(noord.worstStatus()).isEqualTo(TargetStatus.NO_DATA);
        assertThat(noord.watermelon()).isFalse();
    }

    @Test
    void agentsSeeTheirOrganisationsAndNamedHiddenOnesAreNotFound() {
        assertThat(f.overview.overview(Callers.agent("a1", OTHER_ORG), Set.of(), 30, 0, 50).items())
                .extracting(o -> o.organisation().id()).containsExactly(OTHER_ORG);
        assertThat(f.overview.overview(Callers.agent("a1", OTHER_ORG), Set.of(OTHER_ORG), 30, 0, 50).items()).hasSize(1);
        assertThatThrownBy(() -> f.overview.overview(Callers.agent("a1", OTHER_ORG), Set.of(ORG, OTHER_ORG), 30, 0, 50))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.overview.overview(Callers.admin(), Set.of(99L), 30, 0, 50))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.overview.overview(Callers.customer("c1", ORG), Set.of(), 30, 0, 50))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void pagesAndBadParameters() {
        Page<OrganisationOverview> second = f.overview.overview(Callers.admin(), Set.of(), 30, 1, 1);
        assertThat(second.items()).extracting(o -> o.organisation().name()).containsExactly("Zorggroep Noord");
        assertThat(second.isLastPage()).isTrue();
        assertThat(f.overview.overview(Callers.admin(), Set.of(), 30, 5, 10).items()).isEmpty();
        assertThat(fieldsAndKeys(() -> f.overview.overview(Callers.admin(), Set.of(), 0, -1, 1001)))
                .containsExactly("slaDays=" + FieldErrors.RANGE, "start=" + FieldErrors.RANGE, "limit=" + FieldErrors.RANGE);
        assertThat(fieldsAndKeys(() -> f.overview.overview(Callers.admin(), Set.of(), 367, 0, 1)))
                .containsExactly("slaDays=" + FieldErrors.RANGE);
    }
}
