package nl.xlascorecard.core.rating.service;

import static nl.xlascorecard.core.testing.FollowUpFixture.observation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.rating.domain.RatingObservation;
import nl.xlascorecard.core.rating.port.in.ReconcileRatings.ReconciliationReport;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.testing.CoreFixture;
import nl.xlascorecard.core.testing.FollowUpFixture;

class RatingReconciliationServiceTest {

    private final FollowUpFixture f = new FollowUpFixture();

    @Test
    void theFirstRunReadsEverythingAndRecordsEachRating() {
        f.source.rate(observation("ITSM-1", 1, "2026-03-04T08:00:00Z"))
                .rate(observation("ITSM-2", 5, "2026-03-03T08:00:00Z"))
                .rate(observation("ITSM-3", 2, "2025-01-03T08:00:00Z"));

        ReconciliationReport report = f.reconciler.reconcile();

        assertThat(report).isEqualTo(new ReconciliationReport(Instant.EPOCH, CoreFixture.NOW, 3, 3, 0, 0, 0, 1));
        assertThat(f.ratings.size()).isEqualTo(3);
        // the 2-star rating of January 2025 is history: counted, not called back
        assertThat(f.followUps.all()).extracting(fu -> fu.requestKey()).containsExactly("ITSM-1");
        assertThat(f.checkpoint.last()).contains(CoreFixture.NOW);
        assertThat(f.source.searches()).containsExactly("1>=1970-01-01T00:00:00Z@0", "2>=1970-01-01T00:00:00Z@0",
                "3>=1970-01-01T00:00:00Z@0", "4>=1970-01-01T00:00:00Z@0", "5>=1970-01-01T00:00:00Z@0");
    }

    @Test
    void ratingsGivenWhileIngestionWasOffAreRecoveredByTheNextRun() {
        f.source.rate(observation("ITSM-1", 4, "2026-03-04T08:00:00Z"));
        f.reconciler.reconcile();

        // while no event arrived: a new unhappy rating and a change from 4 to 1
        f.clock.advance(Duration.ofHours(2));
        f.source.rate(observation("ITSM-2", 2, "2026-03-04T10:30:00Z"))
                .rate(observation("ITSM-1", 1, "2026-03-04T10:45:00Z"));
        ReconciliationReport report = f.reconciler.reconcile();

        // from the previous checkpoint (09:00Z) minus the hour of overlap
        assertThat(report.from()).isEqualTo(Instant.parse("2026-03-04T08:00:00Z"));
        assertThat(report.to()).isEqualTo(Instant.parse("2026-03-04T11:00:00Z"));
        assertThat(report.read()).isEqualTo(2);
        assertThat(report.created()).isEqualTo(1);
        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.followUps()).isEqualTo(2);
        assertThat(f.ratings.find("ITSM-1").orElseThrow().rating()).isEqualTo(1);
        assertThat(f.followUps.all()).extracting(fu -> fu.requestKey()).containsExactlyInAnyOrder("ITSM-1", "ITSM-2");

        // a run right after finds the same ratings in its overlap and changes nothing
        f.clock.advance(Duration.ofMinutes(5));
        ReconciliationReport again = f.reconciler.reconcile();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.created() + again.updated() + again.followUps()).isZero();
        assertThat(f.followUps.all()).hasSize(2);
    }

    @Test
    void pagesThroughLargeResults() {
        for (int i = 1; i <= 250; i++) {
            f.source.rate(observation("ITSM-" + i, 3, "2026-03-04T08:00:00Z"));
        }
        assertThat(f.reconciler.reconcile().created()).isEqualTo(250);
        assertThat(f.source.searches()).filteredOn(s -> s.startsWith("3>=")).containsExactly(
                "3>=1970-01-01T00:00:00Z@0", "3>=1970-01-01T00:00:00Z@100", "3>=1970-01-01T00:00:00Z@200");
    }

    @Test
    void aMalformedObservationIsSkippedAndTheRestRecorded() {
        f.source.rate(new RatingObservation("ITSM-1", 1, List.of(1L), 1, "x".repeat(4001), CoreFixture.NOW, null, null))
                .rate(observation("ITSM-2", 1, "2026-03-04T08:00:00Z"));
        ReconciliationReport report = f.reconciler.reconcile();
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.created()).isEqualTo(1);
        assertThat(f.checkpoint.last()).contains(CoreFixture.NOW);
    }

    @Test
    void aFailingSourceLeavesTheCheckpointWhereItWas() {
        RatingReconciliationService broken = new RatingReconciliationService((rating, since, page) -> {
            if (rating == 3) {
                throw new IllegalStateException("search index unavailable");
            }
            return new Page<>(List.of(), page.start(), page.limit(), 0);
        }, f.recorder, f.checkpoint, f.tx, f.clock);
        assertThatThrownBy(broken::reconcile).isInstanceOf(IllegalStateException.class);
        assertThat(f.checkpoint.last()).isEmpty();
    }
}
