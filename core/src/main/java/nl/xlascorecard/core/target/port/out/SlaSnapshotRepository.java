package nl.xlascorecard.core.target.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * Out-port: stored SLA figures per organisation and window length, as the snapshot refresh measured
 * them. The overview reads these instead of asking the service desk while a user waits (reading
 * JSM's SLA information costs a call per request, see {@code docs/decisions-targets.md}).
 */
public interface SlaSnapshotRepository {

    /**
     * Stores the snapshot of its (organisation, window): inserted the first time, replaced after that.
     * An older measurement never replaces a newer one (two refreshes overlapping on two nodes). Safe
     * when two transactions store the first snapshot of the same pair at once: one row is kept. Runs in
     * the caller's transaction.
     */
    void store(SlaSnapshot snapshot);

    /**
     * The snapshots of these organisations for one window length, by organisation id; organisations
     * without one are left out. One query (per chunk of ids the database accepts in an IN list).
     */
    Map<Long, SlaSnapshot> ofOrganisations(Collection<Long> organisationIds, int days);

    /**
     * Completed SLA cycles that met and breached their goal in the {@code days} up to {@code measuredAt}.
     * An organisation without SLA data is stored with zero cycles, so that figures it had before are
     * replaced rather than kept.
     */
    record SlaSnapshot(long organisationId, int days, long met, long breached, Instant measuredAt) {

        public SlaSnapshot {
            if (days < 1) {
                throw new IllegalArgumentException("days must be at least 1");
            }
            if (met < 0 || breached < 0) {
                throw new IllegalArgumentException("negative count");
            }
            Objects.requireNonNull(measuredAt, "measuredAt");
        }
    }
}
