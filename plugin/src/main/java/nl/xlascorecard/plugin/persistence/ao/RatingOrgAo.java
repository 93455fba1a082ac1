package nl.xlascorecard.plugin.persistence.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One organisation of a rated request, with the rating's value and time copied in, so that an
 * organisation's CSAT over a window is five index-range counts on {@code (ORG_ID, RATING, RATED_AT)}
 * and its rating list one indexed ORDER BY on {@code (ORG_ID, RATED_AT)}, without touching
 * {@link TicketRatingAo} rows (a million ratings stay cheap). Rewritten together with its rating row,
 * in the same transaction and under that row's lock.
 */
/* @Preload: every find loads whole rows in its one SELECT, not one more query per column. */
@Preload
@Table("RATING_ORG")
@Indexes({
        @Index(name = "org_rating_time", methodNames = {"getOrgId", "getRating", "getRatedAt"}),
        @Index(name = "org_time", methodNames = {"getOrgId", "getRatedAt"})
})
public interface RatingOrgAo extends Entity {

    /** {@code ID} of the {@link TicketRatingAo} row. */
    @NotNull
    @Indexed
    long getRatingId();

    void setRatingId(long ratingId);

    @NotNull
    long getOrgId();

    void setOrgId(long orgId);

    @NotNull
    int getRating();

    void setRating(int rating);

    @NotNull
    long getRatedAt();

    void setRatedAt(long ratedAt);

    /** Second sort key of the list (ratings of the same millisecond), copied from the rating. */
    @NotNull
    @StringLength(255)
    String getRequestKey();

    void setRequestKey(String requestKey);
}
