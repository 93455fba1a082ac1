package nl.xlascorecard.core.testing;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.xlascorecard.core.rating.domain.RatingDistribution;
import nl.xlascorecard.core.rating.domain.RatingOutcome;
import nl.xlascorecard.core.rating.domain.TicketRating;
import nl.xlascorecard.core.rating.port.out.TicketRatingRepository;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;

/** The upsert rules of the port, decided in one synchronized step as the database would. */
public final class InMemoryTicketRatingRepository implements TicketRatingRepository {

    private final Map<String, TicketRating> ratings = new LinkedHashMap<>();
    private final FakeTransactions transactions;

    public InMemoryTicketRatingRepository(FakeTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public synchronized Upserted upsert(TicketRating rating) {
        transactions.requireActive();
        TicketRating stored = ratings.get(rating.requestKey());
        if (stored == null) {
            TicketRating created = rating.withVersion(0);
            ratings.put(created.requestKey(), created);
            return new Upserted(RatingOutcome.CREATED, created);
        }
        if (stored.sameFeedbackAs(rating) || stored.ratedAt().isAfter(rating.ratedAt())) {
            return new Upserted(RatingOutcome.UNCHANGED, stored);
        }
        TicketRating updated = rating.withVersion(stored.version() + 1);
        ratings.put(updated.requestKey(), updated);
        return new Upserted(RatingOutcome.UPDATED, updated);
    }

    @Override
    public synchronized Optional<TicketRating> find(String requestKey) {
        return Optional.ofNullable(ratings.get(requestKey));
    }

    @Override
    public synchronized Page<TicketRating> listByOrganisation(long organisationId, PageRequest page) {
        return Pages.slice(ratings.values().stream()
                .filter(r -> r.organisationIds().contains(organisationId))
                .sorted(Comparator.comparing(TicketRating::ratedAt).reversed().thenComparing(TicketRating::requestKey))
                .toList(), page);
    }

    @Override
    public synchronized List<TicketRating> listByOrganisationSince(long organisationId, Instant since, After after,
                                                                   int limit) {
        Comparator<TicketRating> order = Comparator.comparing(TicketRating::ratedAt).reversed()
                .thenComparing(TicketRating::requestKey);
        return ratings.values().stream()
                .filter(r -> r.organisationIds().contains(organisationId) && !r.ratedAt().isBefore(since))
                .filter(r -> after == null || r.ratedAt().isBefore(after.ratedAt())
                        || r.ratedAt().equals(after.ratedAt()) && r.requestKey().compareTo(after.requestKey()) > 0)
                .sorted(order).limit(limit).toList();
    }

    @Override
    public synchronized RatingDistribution distribution(long organisationId, Instant since) {
        long[] counts = new long[6];
        ratings.values().stream()
                .filter(r -> r.organisationIds().contains(organisationId) && !r.ratedAt().isBefore(since))
                .forEach(r -> counts[r.rating()]++);
        return new RatingDistribution(counts[1], counts[2], counts[3], counts[4], counts[5]);
    }

    @Override
    public synchronized RatingDistribution distribution(long organisationId, Instant from, Instant to) {
        long[] counts = new long[6];
        ratings.values().stream()
                .filter(r -> r.organisationIds().contains(organisationId) && !r.ratedAt().isBefore(from)
                        && r.ratedAt().isBefore(to))
                .forEach(r -> counts[r.rating()]++);
        return new RatingDistribution(counts[1], counts[2], counts[3], counts[4], counts[5]);
    }

    public synchronized int size() {
        return ratings.size();
    }
}
