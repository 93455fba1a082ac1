package nl.xlascorecard.plugin.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.followup.domain.FollowUp;
import nl.xlascorecard.core.followup.service.FollowUpOpener;
import nl.xlascorecard.core.rating.domain.RatingObservation;
import nl.xlascorecard.core.rating.domain.RatingOutcome;
import nl.xlascorecard.core.rating.port.in.ReconcileRatings.ReconciliationReport;
import nl.xlascorecard.core.rating.port.in.RecordTicketRating.RatingRecorded;
import nl.xlascorecard.core.rating.port.out.RatingSource;
import nl.xlascorecard.core.rating.service.RatingReconciliationService;
import nl.xlascorecard.core.rating.service.RatingRecordingService;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.plugin.persistence.ao.FollowUpAo;
import nl.xlascorecard.plugin.persistence.ao.TicketRatingAo;

/**
 * Rating ingestion end to end on the real database: the core's recording and reconciliation
 * services over the AO repositories, as the Jira event listener, the reconciliation job and the
 * sandbox's service desk drive them.
 */
class RatingIngestionOnAoTest {

    @Nested
    class OnHsqldb extends Contract {
        @Override
        protected AoTestDatabase newDatabase() {
            return AoTestDatabase.hsqldb(seed());
        }
    }

    @Nested
    class OnPostgres extends Contract {
        @Override
        protected AoTestDatabase newDatabase() {
            return AoTestDatabase.postgres(OnPostgres.class, seed());
        }
    }

    abstract static class Contract extends AoDatabaseTest {

        /** Wednesday 11 March 2026, 10:00 in Amsterdam: inside the default business hours. */
        private static final Instant NOW = Instant.parse("2026-03-11T09:00:00Z");

        private RatingRecordingService recorder;

        @BeforeEach
        void services() {
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            recorder = new RatingRecordingService(repos.ticketRatings(),
                    new FollowUpOpener(repos.followUps(), repos.followUpSettings(), repos.profiles(), clock),
                    repos.transactions());
        }

        @Test
        void theSameUnhappyRatingDeliveredEightTimesAtOnceGivesOneRatingAndOneFollowUp() throws InterruptedException {
            RacingInserts.assumeTheDatabaseSurvivesThem(db);
            RatingObservation oneStar = observation("ITSM-42", 1, NOW.minusSeconds(120), 5L);

            List<Outcome<RatingRecorded>> outcomes = race(8, () -> recorder.record(oneStar));

            assertThat(outcomes).allMatch(Outcome::succeeded);
            assertThat(outcomes).extracting(o -> o.value().outcome()).filteredOn(o -> o == RatingOutcome.CREATED).hasSize(1);
            assertThat(outcomes).extracting(o -> o.value().outcome()).filteredOn(o -> o == RatingOutcome.UNCHANGED).hasSize(7);
            assertThat(outcomes).filteredOn(o -> o.value().followUp().isPresent()).hasSize(1);
            assertThat(ao.count(TicketRatingAo.class, "REQUEST_KEY = ?", "ITSM-42")).isEqualTo(1);
            assertThat(ao.count(FollowUpAo.class, "REQUEST_KEY = ?", "ITSM-42")).isEqualTo(1);
            FollowUp followUp = repos.followUps().findByRequestKey("ITSM-42").orElseThrow();
            assertThat(followUp.organisationId()).isEqualTo(5);
            assertThat(followUp.rating()).isEqualTo(1);
            // One business day of 510 minutes after Wednesday 09:58 Amsterdam: Thursday 09:58.
            assertThat(followUp.dueAt()).isEqualTo(Instant.parse("2026-03-12T08:58:00Z"));
        }

        @Test
        void unhappyRatingsOfDifferentRequestsAtOnceEachGetTheirFollowUp() throws InterruptedException {
            AtomicInteger next = new AtomicInteger(100);

            List<Outcome<RatingRecorded>> outcomes = race(8, () ->
                    recorder.record(observation("ITSM-" + next.getAndIncrement(), 2, NOW.minusSeconds(60), 5L)));

            assertThat(outcomes).allMatch(Outcome::succeeded);
            assertThat(outcomes).allMatch(o -> o.value().followUp().isPresent());
            assertThat(ao.count(FollowUpAo.class)).isEqualTo(8);
        }

        @Test
        void aRatingRaisedBeforeTheCallKeepsTheFollowUpOpenButMarksIt() {
            recorder.record(observation("ITSM-50", 1, NOW.minusSeconds(600), 5L));
            RatingRecorded raised = recorder.record(observation("ITSM-50", 4, NOW.minusSeconds(60), 5L));
            RatingRecorded again = recorder.record(observation("ITSM-50", 4, NOW.minusSeconds(60), 5L));

            assertThat(raised.outcome()).isEqualTo(RatingOutcome.UPDATED);
            assertThat(again.outcome()).isEqualTo(RatingOutcome.UNCHANGED);
            FollowUp followUp = repos.followUps().findByRequestKey("ITSM-50").orElseThrow();
            assertThat(followUp.isOpen()).isTrue();
            assertThat(followUp.rating()).isEqualTo(4);
            assertThat(followUp.ratingRaisedAboveThreshold()).isTrue();
            assertThat(ao.count(FollowUpAo.class)).isEqualTo(1);
        }

        @Test
        void reconciliationRecoversRatingsGivenWhileIngestionWasOffAndAdvancesTheCheckpoint() {
            recorder.record(observation("ITSM-60", 5, NOW.minusSeconds(7200), 5L));
            SourceOfRecord jsm = new SourceOfRecord();
            jsm.ratings.add(observation("ITSM-60", 5, NOW.minusSeconds(7200), 5L));
            jsm.ratings.add(observation("ITSM-61", 1, NOW.minusSeconds(3000), 5L));
            jsm.ratings.add(observation("ITSM-62", 3, NOW.minusSeconds(2000), 6L));
            RatingReconciliationService reconciliation = new RatingReconciliationService(jsm, recorder,
                    repos.reconciliationCheckpoint(), repos.transactions(), Clock.fixed(NOW, ZoneOffset.UTC));

            ReconciliationReport first = reconciliation.reconcile();

            assertThat(first.read()).isEqualTo(3);
            assertThat(first.created()).isEqualTo(2);
            assertThat(first.unchanged()).isEqualTo(1);
            assertThat(first.followUps()).isEqualTo(1);
            assertThat(repos.followUps().findByRequestKey("ITSM-61")).isPresent();
            assertThat(repos.ticketRatings().find("ITSM-62").orElseThrow().rating()).isEqualTo(3);
            assertThat(repos.reconciliationCheckpoint().last()).contains(NOW);

            RatingReconciliationService later = new RatingReconciliationService(jsm, recorder,
                    repos.reconciliationCheckpoint(), repos.transactions(), Clock.fixed(NOW.plusSeconds(900), ZoneOffset.UTC));
            ReconciliationReport second = later.reconcile();
            assertThat(second.from()).isEqualTo(NOW.minus(RatingReconciliationService.SAFETY_OVERLAP));
            assertThat(second.read()).isEqualTo(2);
            assertThat(second.created() + second.updated() + second.followUps()).isZero();
            assertThat(repos.reconciliationCheckpoint().last()).contains(NOW.plusSeconds(900));
            assertThat(ao.count(FollowUpAo.class)).isEqualTo(1);
        }

        private static RatingObservation observation(String key, int stars, Instant at, Long... organisations) {
            return new RatingObservation(key, Long.parseLong(key.substring(key.indexOf('-') + 1)), List.of(organisations),
                    stars, stars <= 2 ? "Niemand belde terug" : null, at, "cust-" + key, "Klant " + key);
        }
    }

    /** JSM as the reconciliation searches it: current ratings by value and rating time. */
    static final class SourceOfRecord implements RatingSource {

        final List<RatingObservation> ratings = new ArrayList<>();

        @Override
        public Page<RatingObservation> ratedSince(int rating, Instant since, PageRequest page) {
            List<RatingObservation> matching = ratings.stream()
                    .filter(o -> o.rating() == rating && !o.ratedAt().isBefore(since))
                    .sorted(Comparator.comparing(RatingObservation::ratedAt).thenComparing(RatingObservation::requestKey))
                    .toList();
            List<RatingObservation> slice = matching.subList(Math.min(page.start(), matching.size()),
                    Math.min(page.start() + page.limit(), matching.size()));
            return new Page<>(slice, page.start(), page.limit(), matching.size());
        }
    }
}
