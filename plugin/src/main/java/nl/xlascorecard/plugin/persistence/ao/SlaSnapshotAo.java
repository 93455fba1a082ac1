package nl.xlascorecard.plugin.persistence.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The SLA figures of one organisation and window length, as the snapshot refresh job last measured
 * them. {@code SNAPSHOT_KEY} is unique, so two refreshes storing the same pair for the first time
 * keep one row. The overview reads a page's rows by {@code ORG_ID} (indexed) and {@code WINDOW_DAYS}.
 * Not the app's own data: JSM can measure it again at any time.
 */
/* @Preload: every find loads whole rows in its one SELECT, not one more query per column. */
@Preload
@Table("SLA_SNAPSHOT")
public interface SlaSnapshotAo extends Entity {

    /** {@code <organisation id>:<window days>}. */
    @NotNull
    @Unique
    @Indexed
    @StringLength(40)
    String getSnapshotKey();

    void setSnapshotKey(String snapshotKey);

    @NotNull
    @Indexed
    long getOrgId();

    void setOrgId(long orgId);

    @NotNull
    int getWindowDays();

    void setWindowDays(int windowDays);

    @NotNull
    long getMet();

    void setMet(long met);

    @NotNull
    long getBreached();

    void setBreached(long breached);

    /** Epoch milliseconds: the window is the {@code WINDOW_DAYS} days up to this moment. */
    @NotNull
    long getMeasuredAt();

    void setMeasuredAt(long measuredAt);
}
