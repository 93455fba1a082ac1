package nl.xlascorecard.plugin.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.rating.domain.RatingDistribution;
import nl.xlascorecard.core.rating.domain.RatingOutcome;
import nl.xlascorecard.core.rating.domain.TicketRating;
import nl.xlascorecard.core.rating.port.out.TicketRatingRepository;
import nl.xlascorecard.core.rating.port.out.TicketRatingRepository.Upserted;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;

class AoTicketRatingRepositoryTest {

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

        private static final Instant T0 = Instant.parse("2026-03-10T09:15:00Z");

        private Upserted upsert(TicketRating rating) {
            return repos.transactions().inTransaction(() -> repos.ticketRatings().upsert(rating));
        }

        @Test
        void insertsThenReadsEveryField() {
            TicketRating given = new TicketRating("ITSM-1", 10001, List.of(7L, 3L), 2, "Te \"traag\" <b>", T0, "cust-1",
                    "Anna de Vries", 99);

            Upserted created = upsert(given);

            assertThat(created.outcome()).isEqualTo(RatingOutcome.CREATED);
            assertThat(created.rating()).isEqualTo(given.withVersion(0));
            assertThat(created.rating().organisationIds()).containsExactly(3L, 7L);
            assertThat(repos.ticketRatings().find("ITSM-1")).contains(given.withVersion(0));
            assertThat(repos.ticketRatings().find("ITSM-2")).isEmpty();
        }

        @Test
        void storesEmptyTextsAndNoOrganisationsAsAbsent() {
            upsert(new TicketRating("ITSM-3", 3, List.of(), 5, null, T0, null, null, 0));

            TicketRating stored = repos.ticketRatings().find("ITSM-3").orElseThrow();
            assertThat(stored.organisationIds()).isEmpty();
            assertThat(stored.comment()).isNull();
            assertThat(stored.requesterKey()).isNull();
        }

        @Test
        void theSameFeedbackAgainChangesNothing() {
            TicketRating rating = rating("ITSM-4", 1, T0, 5L);
            upsert(rating);

            Upserted again = upsert(rating);

            assertThat(again.outcome()).isEqualTo(RatingOutcome.UNCHANGED);
            assertThat(again.rating().version()).isZero();
        }

        @Test
        void aRatingTimeFinerThanMillisecondsIsTheSameFeedback() {
            upsert(rating("ITSM-5", 1, T0.plusNanos(123_456_789), 5L));

            Upserted again = upsert(rating("ITSM-5", 1, T0.plusNanos(123_456_789), 5L));

            assertThat(again.outcome()).isEqualTo(RatingOutcome.UNCHANGED);
            assertThat(again.rating().ratedAt()).isEqualTo(T0.plusMillis(123));
        }

        @Test
        void aChangedRatingReplacesEveryFieldAndItsOrganisations() {
            upsert(rating("ITSM-6", 1, T0, 5L));
            TicketRating raised = new TicketRating("ITSM-6", 6, List.of(8L), 4, "Toch opgelost", T0.plusSeconds(60),
                    "cust-6", "Piet", 0);

            Upserted updated = upsert(raised);

            assertThat(updated.outcome()).isEqualTo(RatingOutcome.UPDATED);
            assertThat(updated.rating()).isEqualTo(raised.withVersion(1));
            assertThat(repos.ticketRatings().find("ITSM-6")).contains(raised.withVersion(1));
            assertThat(repos.ticketRatings().listByOrganisation(5, PageRequest.first(10)).total()).isZero();
            assertThat(repos.ticketRatings().listByOrganisation(8, PageRequest.first(10)).items())
                    .containsExactly(raised.withVersion(1));
            assertThat(repos.ticketRatings().distribution(8, T0).fours()).isEqualTo(1);
        }

        @Test
        void anOlderObservationDoesNotReplaceANewerRating() {
            upsert(rating("ITSM-7", 4, T0.plusSeconds(60), 5L));

            Upserted older = upsert(rating("ITSM-7", 1, T0, 5L));

            assertThat(older.outcome()).isEqualTo(RatingOutcome.UNCHANGED);
            assertThat(older.rating().rating()).isEqualTo(4);
            assertThat(repos.ticketRatings().find("ITSM-7").orElseThrow().rating()).isEqualTo(4);
        }

        @Test
        void listsAnOrganisationsRatingsNewestFirstThenByKeyInPages() {
            upsert(rating("ITSM-10", 1, T0, 5L));
            upsert(rating("ITSM-12", 2, T0.plusSeconds(10), 5L, 6L));
            upsert(rating("ITSM-11", 3, T0.plusSeconds(10), 5L));
            upsert(rating("ITSM-13", 5, T0.plusSeconds(20), 6L));

            Page<TicketRating> first = repos.ticketRatings().listByOrganisation(5, new PageRequest(0, 2));
            assertThat(first.items()).extracting(TicketRating::requestKey).containsExactly("ITSM-11", "ITSM-12");
            assertThat(first.total()).isEqualTo(3);
            assertThat(first.isLastPage()).isFalse();
            Page<TicketRating> second = repos.ticketRatings().listByOrganisation(5, new PageRequest(2, 2));
            assertThat(second.items()).extracting(TicketRating::requestKey).containsExactly("ITSM-10");
            assertThat(second.isLastPage()).isTrue();
            assertThat(repos.ticketRatings().listByOrganisation(6, PageRequest.first(10)).items())
                    .extracting(TicketRating::requestKey).containsExactly("ITSM-13", "ITSM-12");
        }

        @Test
        void pagesAnOrganisationsRatingsSinceATimeByKeysetWithoutSkippingOrRepeating() {
            upsert(rating("ITSM-30", 1, T0.minusSeconds(1), 5L)); // before the window
            upsert(rating("ITSM-31", 2, T0, 5L));
            upsert(rating("ITSM-33", 3, T0.plusSeconds(10), 5L, 6L));
            upsert(rating("ITSM-32", 4, T0.plusSeconds(10), 5L));
            upsert(rating("ITSM-34", 5, T0.plusSeconds(20), 5L));
            upsert(rating("ITSM-35", 5, T0.plusSeconds(30), 6L));

            List<TicketRating> first = repos.ticketRatings().listByOrganisationSince(5, T0, null, 2);
            assertThat(first).extracting(TicketRating::requestKey).containsExactly("ITSM-34", "ITSM-32");
            // a rating arriving between two pages, newer than the cursor, does not shift the next page
            upsert(rating("ITSM-36", 5, T0.plusSeconds(40), 5L));
            List<TicketRating> second = repos.ticketRatings().listByOrganisationSince(5, T0,
                    TicketRatingRepository.After.of(first.get(1)), 2);
            assertThat(second).extracting(TicketRating::requestKey).containsExactly("ITSM-33", "ITSM-31");
            assertThat(second.get(0).organisationIds()).containsExactly(5L, 6L);
            assertThat(repos.ticketRatings().listByOrganisationSince(5, T0,
                    TicketRatingRepository.After.of(second.get(1)), 2)).isEmpty();
        }

        @Test
        void countsRatingValuesOfAnOrganisationFromTheStartOfTheWindow() {
            upsert(rating("ITSM-20", 1, T0.minusSeconds(1), 5L));
            upsert(rating("ITSM-21", 1, T0, 5L));
            upsert(rating("ITSM-22", 4, T0.plusSeconds(5), 5L, 6L));
            upsert(rating("ITSM-23", 5, T0.plusSeconds(9), 5L));
            upsert(rating("ITSM-24", 5, T0.plusSeconds(9), 5L));
            upsert(rating("ITSM-25", 2, T0.plusSeconds(9), 6L));

            assertThat(repos.ticketRatings().distribution(5, T0)).isEqualTo(new RatingDistribution(1, 0, 0, 1, 2));
            assertThat(repos.ticketRatings().distribution(6, T0)).isEqualTo(new RatingDistribution(0, 1, 0, 1, 0));
            assertThat(repos.ticketRatings().distribution(9, T0)).isEqualTo(RatingDistribution.empty());
        }

        @Test
        void countsPerRatingValueInAHalfOpenWindow() {
            Instant end = T0.plusSeconds(3600);
            upsert(rating("ITSM-40", 5, T0, 5L));                    // first instant: in
            upsert(rating("ITSM-41", 4, end.minusMillis(1), 5L, 6L)); // last instant: in
            upsert(rating("ITSM-42", 1, T0.plusSeconds(60), 5L));    // in
            upsert(rating("ITSM-43", 3, end, 5L));                   // the end is exclusive: out
            upsert(rating("ITSM-44", 2, T0.minusMillis(1), 5L));     // before: out

            assertThat(repos.ticketRatings().distribution(5, T0, end)).isEqualTo(new RatingDistribution(1, 0, 0, 1, 1));
            assertThat(repos.ticketRatings().distribution(6, T0, end)).isEqualTo(new RatingDistribution(0, 0, 0, 1, 0));
            assertThat(repos.ticketRatings().distribution(9, T0, end)).isEqualTo(RatingDistribution.empty());
            assertThat(repos.ticketRatings().distribution(5, end, end.plusSeconds(1)))
                    .isEqualTo(new RatingDistribution(0, 0, 1, 0, 0));
        }

        @Test
        void concurrentFirstDeliveriesOfOneRatingStoreOneRow() throws InterruptedException {
            RacingInserts.assumeTheDatabaseSurvivesThem(db);
            TicketRating rating = rating("ITSM-30", 2, T0, 5L);

            List<Outcome<Upserted>> outcomes = race(8, () -> upsert(rating));

            assertThat(outcomes).allMatch(Outcome::succeeded);
            assertThat(outcomes).extracting(o -> o.value().outcome())
                    .containsOnly(RatingOutcome.CREATED, RatingOutcome.UNCHANGED)
                    .filteredOn(o -> o == RatingOutcome.CREATED).hasSize(1);
            assertThat(repos.ticketRatings().listByOrganisation(5, PageRequest.first(10)).total()).isEqualTo(1);
        }

        @Test
        void concurrentChangesEndWithTheNewestRating() throws InterruptedException {
            upsert(rating("ITSM-31", 1, T0, 5L));
            List<TicketRating> changes = List.of(rating("ITSM-31", 2, T0.plusSeconds(1), 5L),
                    rating("ITSM-31", 3, T0.plusSeconds(2), 5L), rating("ITSM-31", 4, T0.plusSeconds(3), 5L),
                    rating("ITSM-31", 5, T0.plusSeconds(4), 5L));
            AtomicInteger next = new AtomicInteger();

            List<Outcome<Upserted>> outcomes = race(4, () -> upsert(changes.get(next.getAndIncrement())));

            assertThat(outcomes).allMatch(Outcome::succeeded);
            TicketRating stored = repos.ticketRatings().find("ITSM-31").orElseThrow();
            assertThat(stored.rating()).isEqualTo(5);
            assertThat(stored.ratedAt()).isEqualTo(T0.plusSeconds(4));
            assertThat(repos.ticketRatings().listByOrganisation(5, PageRequest.first(10)).total()).isEqualTo(1);
            assertThat(repos.ticketRatings().distribution(5, T0)).isEqualTo(new RatingDistribution(0, 0, 0, 0, 1));
        }

        private static TicketRating rating(String key, int stars, Instant at, Long... organisations) {
            return new TicketRating(key, Long.parseLong(key.substring(key.indexOf('-') + 1)), List.of(organisations), stars,
                    null, at, "cust", "Klant", 0);
        }
    }
}
