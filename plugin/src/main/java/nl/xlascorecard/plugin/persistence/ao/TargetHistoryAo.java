package nl.xlascorecard.plugin.persistence.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One change of a target's status for an organisation. {@code CHANGE_KEY} is unique (the status
 * row's key and the version the change produced), so a change is recorded once however many
 * evaluations race to record it. Listed per (organisation, target) newest first.
 */
/* @Preload: every find loads whole rows in its one SELECT, not one more query per column. */
@Preload
@Table("TARGET_HISTORY")
@Indexes({
        @Index(name = "org_target_at", methodNames = {"getOrgId", "getTargetId", "getChangedAt"})
})
public interface TargetHistoryAo extends Entity {

    /** {@code <organisation id>:<target id>:<status row version>}. */
    @NotNull
    @Unique
    @Indexed
    @StringLength(80)
    String getChangeKey();

    void setChangeKey(String changeKey);

    @NotNull
    long getOrgId();

    void setOrgId(long orgId);

    @NotNull
    @Indexed
    long getTargetId();

    void setTargetId(long targetId);

    /** Null for the first evaluation. */
    @StringLength(10)
    String getFromStatus();

    void setFromStatus(String fromStatus);

    @NotNull
    @StringLength(10)
    String getToStatus();

    void setToStatus(String toStatus);

    Double getMeasuredValue();

    void setMeasuredValue(Double measuredValue);

    @NotNull
    long getDataPoints();

    void setDataPoints(long dataPoints);

    @NotNull
    long getChangedAt();

    void setChangedAt(long changedAt);
}
