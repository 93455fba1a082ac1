package nl.xlascorecard.core.rating.port.in;

import java.time.Instant;

/**
 * In-port of the reconciliation job (run once per cluster): finds ratings that no event delivered
 * (the app was disabled, a node went down, JSM fired no event) by asking the {@code RatingSource}
 * for ratings given since the last run, and records each one. Safe to run again at any time: the
 * recording is idempotent.
 */
public interface ReconcileRatings {

    ReconciliationReport reconcile();

    /**
     * @param from      start of the searched period (checkpoint minus the safety overlap)
     * @param to        the time the run started; the checkpoint now stands here
     * @param read      observations the source returned
     * @param created   new ratings stored
     * @param updated   stored ratings changed
     * @param unchanged observations already known
     * @param rejected  observations that broke a rule and were skipped (logged by the job)
     * @param followUps follow-ups opened by this run
     */
    record ReconciliationReport(Instant from, Instant to, int read, int created, int updated, int unchanged,
                                int rejected, int followUps) {
    }
}
