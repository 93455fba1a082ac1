package nl.xlascorecard.plugin.persistence.ao;

import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** What the provider will do about a result ("you said, we did"). */
/* @Preload: every find loads whole rows in its one SELECT, not one more query per column. */
@Preload
@Table("IMPROVEMENT_ACTION")
@Indexes(@Index(name = "org_list_order", methodNames = {"getOrgId", "getListOrder"}))
public interface ImprovementActionAo extends VersionedAo {

    @NotNull
    @Indexed
    long getOrgId();

    void setOrgId(long orgId);

    Long getRoundId();

    void setRoundId(Long roundId);

    @StringLength(20)
    String getCategory();

    void setCategory(String category);

    @StringLength(255)
    String getStatementKey();

    void setStatementKey(String statementKey);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getActionText();

    void setActionText(String actionText);

    @StringLength(255)
    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    /** ISO date, or null. */
    @StringLength(10)
    String getDueDate();

    void setDueDate(String dueDate);

    /** {@code OPEN} or {@code DONE}. */
    @NotNull
    @Indexed
    @StringLength(10)
    String getState();

    void setState(String state);

    @StringLength(255)
    String getLinkedIssueKey();

    void setLinkedIssueKey(String linkedIssueKey);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long createdAt);

    @StringLength(255)
    String getCreatedBy();

    void setCreatedBy(String createdBy);

    Long getDoneAt();

    void setDoneAt(Long doneAt);

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
     * The list order, computed on every write so one indexed ORDER BY serves the list: OPEN
     * actions first by due date with undated ones last, then DONE ones newest first. See
     * {@code ActionListOrder}.
     */
    @NotNull
    @Indexed
    @StringLength(40)
    String getListOrder();

    void setListOrder(String listOrder);
}
