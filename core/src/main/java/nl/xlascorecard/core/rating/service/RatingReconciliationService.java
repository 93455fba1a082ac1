package nl.xlascorecard.core.rating.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import nl.xlascorecard.core.rating.domain.RatingObservation;
import nl.xlascorecard.core.rating.domain.TicketRating;
import nl.xlascorecard.core.rating.port.in.ReconcileRatings;
import nl.xlascorecard.core.rating.port.in.RecordTicketRating;
import nl.xlascorecard.core.rating.port.in.RecordTicketRating.RatingRecorded;
import nl.xlascorecard.core.rating.port.out.RatingSource;
import nl.xlascorecard.core.rating.port.out.ReconciliationCheckpoint;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.core.shared.TransactionRunner;
import nl.xlascorecard.core.shared.ValidationException;

/**
 * Reads every rating given since the last run from the source and records it. The period starts a
 * safety overlap before the checkpoint, because a rating can become searchable some time after its
 * rating time (Jira indexes asynchronously); re-reading is harmless because recording is
 * idempotent. The checkpoint moves to the start time of the run only after every observation was
 * handled, so a run that fails half-way is simply repeated by the next one. The first run reads the
 * whole history (old ratings count in CSAT; the follow-up settings keep them from opening calls).
 */
public final class RatingReconciliationService implements ReconcileRatings {

    public static final Duration SAFETY_OVERLAP = Duration.ofHours(1);
    static final int PAGE_SIZE = PageRequest.MAX_LIMIT;

    private final RatingSource source;
    private final RecordTicketRating recorder;
    private final ReconciliationCheckpoint checkpoint;
    private final TransactionRunner transactions;
    private final Clock clock;

    public RatingReconciliationService(RatingSource source, RecordTicketRating recorder,
                                       ReconciliationCheckpoint checkpoint, TransactionRunner transactions,
                                       Clock clock) {
        this.source = Objects.requireNonNull(source);
        this.recorder = Objects.requireNonNull(recorder);
        this.checkpoint = Objects.requireNonNull(checkpoint);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public ReconciliationReport reconcile() {
        Instant to = clock.instant();
        Instant from = checkpoint.last().map(t -> t.minus(SAFETY_OVERLAP)).orElse(Instant.EPOCH);
        Tally tally = new Tally();
        for (int rating = TicketRating.MIN_RATING; rating <= TicketRating.MAX_RATING; rating++) {
            readAll(rating, from, tally);
        }
        transactions.inTransaction(() -> {
            checkpoint.advanceTo(to);
            return null;
        });
        return new ReconciliationReport(from, to, tally.read, tally.created, tally.updated, tally.unchanged,
                tally.rejected, tally.followUps);
    }

    /** Pages through the source's requests of one rating value. */
    private void readAll(int rating, Instant from, Tally tally) {
        int start = 0;
        Page<RatingObservation> page;
        do {
            page = source.ratedSince(rating, from, new PageRequest(start, PAGE_SIZE));
            page.items().forEach(o -> record(o, tally));
            start += page.items().size();
        } while (!page.isLastPage() && !page.items().isEmpty());
    }

    private void record(RatingObservation observation, Tally tally) {
        tally.read++;
        try {
            RatingRecorded recorded = recorder.record(observation);
            switch (recorded.outcome()) {
                case CREATED -> tally.created++;
                case UPDATED -> tally.updated++;
                case UNCHANGED -> tally.unchanged++;
            }
            if (recorded.followUp().isPresent()) {
                tally.followUps++;
            }
        } catch (ValidationException e) {
            // One malformed request must not stop the rest nor hold back the checkpoint; the job
            // reports the count so an administrator can look.
            tally.rejected++;
        }
    }

    /** Counters of one run. */
    private static final class Tally {
        int read;
        int created;
        int updated;
        int unchanged;
        int rejected;
        int followUps;
    }
}
