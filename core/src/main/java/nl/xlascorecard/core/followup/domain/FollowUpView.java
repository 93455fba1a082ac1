package nl.xlascorecard.core.followup.domain;

import java.time.Duration;

/**
 * A follow-up with its countdown, as the queue and the experience panel show it (like JSM's SLA
 * timers).
 *
 * @param timeLeft     OPEN: business time from now until due, negative when overdue. DONE: business
 *                     time from closing until due (negative when it was closed late)
 * @param overdue      OPEN: the due time has passed. DONE: it was closed after its due time
 * @param clockRunning OPEN and inside opening hours now: a screen counts the time down only while
 *                     it runs
 */
public record FollowUpView(FollowUp followUp, Duration timeLeft, boolean overdue, boolean clockRunning) {
}
