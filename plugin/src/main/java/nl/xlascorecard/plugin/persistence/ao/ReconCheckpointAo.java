package nl.xlascorecard.plugin.persistence.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Up to when a reconciliation job has looked, shared by every node: one row per job, found by its
 * constant key (only {@code ratings} so far).
 */
/* @Preload: every find loads whole rows in its one SELECT, not one more query per column. */
@Preload
@Table("RECON_CHECKPOINT")
public interface ReconCheckpointAo extends Entity {

    @NotNull
    @Unique
    @Indexed
    @StringLength(40)
    String getCheckpointKey();

    void setCheckpointKey(String checkpointKey);

    /** Epoch milliseconds. */
    @NotNull
    long getReconciledTo();

    void setReconciledTo(long reconciledTo);

    /**
     * Epoch milliseconds of the last write. An advance writes it first to take the row's write lock
     * before it compares, so two concurrent advances cannot move the checkpoint back.
     */
    Long getTouchedAt();

    void setTouchedAt(Long touchedAt);
}
