package nl.xlascorecard.plugin.persistence.ao;

import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The current status of one target for one organisation. {@code STATUS_KEY} is unique, so two nodes
 * evaluating the same pair for the first time store one row; {@code ROW_VERSION} counts the writes
 * that changed the outcome and numbers the history rows. The overview reads these rows by
 * {@code ORG_ID} (indexed), never measuring anything.
 */
/* @Preload: every find loads whole rows in its one SELECT, not one more query per column. */
@Preload
@Table("TARGET_STATUS")
public interface TargetStatusAo extends VersionedAo {

    /** {@code <organisation id>:<target id>}. */
    @NotNull
    @Unique
    @Indexed
    @StringLength(60)
    String getStatusKey();

    void setStatusKey(String statusKey);

    @NotNull
    @Indexed
    long getOrgId();

    void setOrgId(long orgId);

    @NotNull
    @Indexed
    long getTargetId();

    void setTargetId(long targetId);

    @NotNull
    @StringLength(10)
    String getStatus();

    void setStatus(String status);

    /** Null when there was nothing to measure. */
    Double getMeasuredValue();

    void setMeasuredValue(Double measuredValue);

    @NotNull
    long getDataPoints();

    void setDataPoints(long dataPoints);

    /** Epoch milliseconds of the last change of status. */
    @NotNull
    long getSince();

    void setSince(long since);

    @NotNull
    long getEvaluatedAt();

    void setEvaluatedAt(long evaluatedAt);
}
