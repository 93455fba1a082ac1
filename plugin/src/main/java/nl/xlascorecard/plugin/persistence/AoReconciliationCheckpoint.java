package nl.xlascorecard.plugin.persistence;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.DBParam;
import net.java.ao.Query;

import nl.xlascorecard.core.rating.port.out.ReconciliationCheckpoint;
import nl.xlascorecard.plugin.persistence.ao.ReconCheckpointAo;

/**
 * The rating reconciliation's checkpoint: one row in {@code RECON_CHECKPOINT}, shared by all nodes.
 * It never moves back: an advance writes the row first (taking its write lock, so a concurrent
 * advance waits), then compares against the committed value in a fresh statement.
 */
public final class AoReconciliationCheckpoint implements ReconciliationCheckpoint {

    static final String RATINGS = "ratings";

    private final ActiveObjects ao;
    private final AoTransactionRunner tx;

    public AoReconciliationCheckpoint(ActiveObjects ao, AoTransactionRunner tx) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public Optional<Instant> last() {
        return Optional.ofNullable(row()).map(r -> Instant.ofEpochMilli(r.getReconciledTo()));
    }

    @Override
    public void advanceTo(Instant reconciledUpTo) {
        long to = reconciledUpTo.toEpochMilli();
        tx.inTransaction(() -> {
            ReconCheckpointAo row = row();
            if (row == null) {
                try {
                    ao.create(ReconCheckpointAo.class, new DBParam("CHECKPOINT_KEY", RATINGS),
                            new DBParam("RECONCILED_TO", to), new DBParam("TOUCHED_AT", System.currentTimeMillis()));
                    return null;
                } catch (RuntimeException e) {
                    if (UniqueViolations.isUniqueViolation(e)) {
                        throw new UniqueKeyRace("reconciliation checkpoint", e);
                    }
                    throw e;
                }
            }
            row.setTouchedAt(System.currentTimeMillis());
            row.save();
            if (ao.count(ReconCheckpointAo.class, "ID = ? AND RECONCILED_TO < ?", row.getID(), to) == 1) {
                row.setReconciledTo(to);
                row.save();
            }
            return null;
        });
    }

    private ReconCheckpointAo row() {
        ReconCheckpointAo[] rows = ao.find(ReconCheckpointAo.class, Query.select().where("CHECKPOINT_KEY = ?", RATINGS));
        return rows.length == 0 ? null : rows[0];
    }
}
