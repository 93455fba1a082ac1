package nl.xlascorecard.core.followup.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Follow-up figures of one organisation (spec "Follow-up: metrics"). Closed and contacted figures
 * cover the follow-ups opened in the last {@code days} days; {@code open} and {@code overdue} are
 * the current counts, whenever they were opened.
 *
 * @param closed                  follow-ups of the window that are DONE
 * @param closedWithinWindow      of those, how many were DONE no later than their due time
 * @param percentWithinWindow     100 x closedWithinWindow / closed; {@code null} when none closed
 * @param contacted               follow-ups of the window with at least one call logged
 * @param medianTimeToContact     median business time from rating to first call; {@code null} when
 *                                none was contacted
 */
public record FollowUpMetrics(long organisationId, int days, Instant since, long closed, long closedWithinWindow,
                              Double percentWithinWindow, long contacted, Duration medianTimeToContact, long open,
                              long overdue) {
}
