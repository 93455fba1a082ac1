package nl.xlascorecard.plugin.persistence.ao;

import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * JSM's satisfaction feedback on one request: one row per request key. The request's organisations
 * are kept twice on purpose: as text here, so a rating loads in one row, and as one
 * {@link RatingOrgAo} row each, so the per-organisation list and CSAT counts are indexed queries.
 */
/* @Preload: every find loads whole rows in its one SELECT, not one more query per column. */
@Preload
@Table("TICKET_RATING")
public interface TicketRatingAo extends VersionedAo {

    /** The Jira issue key; unique, so concurrent deliveries of one rating cannot store two rows. */
    @NotNull
    @Unique
    @Indexed
    @StringLength(255)
    String getRequestKey();

    void setRequestKey(String requestKey);

    @NotNull
    long getRequestId();

    void setRequestId(long requestId);

    /** 1..5 stars. */
    @NotNull
    int getRating();

    void setRating(int rating);

    /** The customer's comment (at most 4000 characters), or null. */
    @StringLength(StringLength.UNLIMITED)
    String getRatingComment();

    void setRatingComment(String ratingComment);

    /** JSM's "Satisfaction date", epoch milliseconds. */
    @NotNull
    long getRatedAt();

    void setRatedAt(long ratedAt);

    @StringLength(255)
    String getRequesterKey();

    void setRequesterKey(String requesterKey);

    @StringLength(255)
    String getRequesterName();

    void setRequesterName(String requesterName);

    /** Organisation ids, ascending, comma-separated; null when the request has none. */
    @StringLength(StringLength.UNLIMITED)
    String getOrgIds();

    void setOrgIds(String orgIds);

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
