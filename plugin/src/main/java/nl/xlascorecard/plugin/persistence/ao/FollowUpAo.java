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
 * The call-back of an unhappy rating: one row per request key. The indexes serve the queue (open
 * ones by due time, all or per organisation or assignee), the reminder job (open ones by due time)
 * and the metrics (per organisation by creation time).
 */
/* @Preload: every find loads whole rows in its one SELECT, not one more query per column. */
@Preload
@Table("FOLLOW_UP")
@Indexes({
        @Index(name = "state_due", methodNames = {"getState", "getDueAt"}),
        @Index(name = "org_state_due", methodNames = {"getOrgId", "getState", "getDueAt"}),
        @Index(name = "assignee_state_due", methodNames = {"getAssigneeKey", "getState", "getDueAt"}),
        @Index(name = "org_created", methodNames = {"getOrgId", "getCreatedAt"})
})
public interface FollowUpAo extends VersionedAo {

    /** Unique: exactly one follow-up per rated request, whoever inserts it first. */
    @NotNull
    @Unique
    @Indexed
    @StringLength(255)
    String getRequestKey();

    void setRequestKey(String requestKey);

    @NotNull
    long getOrgId();

    void setOrgId(long orgId);

    /** Null: the service-manager group. */
    @StringLength(255)
    String getAssigneeKey();

    void setAssigneeKey(String assigneeKey);

    @NotNull
    int getRating();

    void setRating(int rating);

    @NotNull
    long getRatedAt();

    void setRatedAt(long ratedAt);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long createdAt);

    @NotNull
    long getDueAt();

    void setDueAt(long dueAt);

    /** {@code OPEN} or {@code DONE}. */
    @NotNull
    @StringLength(10)
    String getState();

    void setState(String state);

    /** {@code REACHED} or {@code NOT_REACHED}; null before the first call. */
    @StringLength(20)
    String getOutcome();

    void setOutcome(String outcome);

    @NotNull
    int getAttempts();

    void setAttempts(int attempts);

    @StringLength(StringLength.UNLIMITED)
    String getNotes();

    void setNotes(String notes);

    @StringLength(StringLength.UNLIMITED)
    String getAgreement();

    void setAgreement(String agreement);

    Long getContactedAt();

    void setContactedAt(Long contactedAt);

    Long getDoneAt();

    void setDoneAt(Long doneAt);

    Long getActionId();

    void setActionId(Long actionId);

    @NotNull
    boolean isRaisedAbove();

    void setRaisedAbove(boolean raisedAbove);

    /** Set once, by the reminder job's claim; never by an edit. */
    Long getReminderSentAt();

    void setReminderSentAt(Long reminderSentAt);

    /** Set once, by the reminder job's claim; never by an edit. */
    Long getEscalatedAt();

    void setEscalatedAt(Long escalatedAt);

    @Override
    @NotNull
    long getRowVersion();

    @Override
    void setRowVersion(long rowVersion);

    @Override
    Long getUpdatedAt();

    @Override
    void setUpdatedAt(Long updatedAt);
}
