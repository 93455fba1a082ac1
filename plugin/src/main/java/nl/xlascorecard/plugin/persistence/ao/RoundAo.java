package nl.xlascorecard.plugin.persistence.ao;

import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A scorecard round. Dates are ISO text ({@code yyyy-MM-dd}: sorts like the date, no time zone);
 * instants are epoch milliseconds.
 */
/* @Preload: every find loads whole rows in its one SELECT, not one more query per column. */
@Preload
@Table("ROUND")
@Indexes(@Index(name = "org_opens", methodNames = {"getOrgId", "getOpens"}))
public interface RoundAo extends VersionedAo {

    @NotNull
    @Indexed
    long getOrgId();

    void setOrgId(long orgId);

    /** {@code BASELINE} or {@code PERIODIC}. */
    @NotNull
    @StringLength(20)
    String getKind();

    void setKind(String kind);

    @StringLength(255)
    String getTitle();

    void setTitle(String title);

    @NotNull
    @Indexed
    @StringLength(10)
    String getOpens();

    void setOpens(String opens);

    @NotNull
    @StringLength(10)
    String getCloses();

    void setCloses(String closes);

    /** {@code PLANNED}, {@code OPEN} or {@code CLOSED}. */
    @NotNull
    @Indexed
    @StringLength(20)
    String getState();

    void setState(String state);

    @NotNull
    int getTemplateVersion();

    void setTemplateVersion(int templateVersion);

    @NotNull
    boolean isAnonymous();

    void setAnonymous(boolean anonymous);

    @NotNull
    int getInvitations();

    void setInvitations(int invitations);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long createdAt);

    @StringLength(255)
    String getCreatedBy();

    void setCreatedBy(String createdBy);

    Long getOpenedAt();

    void setOpenedAt(Long openedAt);

    Long getClosedAt();

    void setClosedAt(Long closedAt);

    @Override
    @NotNull
    long getRowVersion();

    @Override
    void setRowVersion(long rowVersion);

    @Override
    Long getUpdatedAt();

    @Override
    void setUpdatedAt(Long updatedAt);

    /**
     * At most one BASELINE per organisation, enforced by the database: the organisation id for a
     * baseline, {@code P:<random UUID>} for a periodic round. Periodic rounds get a unique value
     * rather than NULL because SQL Server, which Jira supports, lets a unique column hold only one NULL.
     */
    @NotNull
    @Unique
    @Indexed
    @StringLength(64)
    String getBaselineKey();

    void setBaselineKey(String baselineKey);
}
