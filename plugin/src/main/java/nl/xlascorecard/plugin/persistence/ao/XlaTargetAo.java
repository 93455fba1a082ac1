package nl.xlascorecard.plugin.persistence.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * An XLA target: of one organisation ({@code ORG_ID}), or a default for all ({@code ORG_ID} null).
 * {@code SCOPE_KEY} is unique: one target per scope and subject (metric and category), decided by the
 * database when two administrators add the same target at once.
 */
/* @Preload: every find loads whole rows in its one SELECT, not one more query per column. */
@Preload
@Table("XLA_TARGET")
public interface XlaTargetAo extends Entity {

    /** {@code <organisation id or "default">:<metric>:<category or "-">}. */
    @NotNull
    @Unique
    @Indexed
    @StringLength(100)
    String getScopeKey();

    void setScopeKey(String scopeKey);

    /** Null for a default target. */
    @Indexed
    Long getOrgId();

    void setOrgId(Long orgId);

    @NotNull
    @StringLength(40)
    String getMetric();

    void setMetric(String metric);

    @StringLength(20)
    String getCategory();

    void setCategory(String category);

    @NotNull
    @StringLength(10)
    String getComparison();

    void setComparison(String comparison);

    @NotNull
    double getThreshold();

    void setThreshold(double threshold);

    @NotNull
    double getWarningMargin();

    void setWarningMargin(double warningMargin);

    @NotNull
    @StringLength(20)
    String getWindowKind();

    void setWindowKind(String windowKind);

    /** Null for LATEST_CLOSED_ROUND. */
    Integer getWindowDays();

    void setWindowDays(Integer windowDays);

    @NotNull
    int getMinDataPoints();

    void setMinDataPoints(int minDataPoints);
}
