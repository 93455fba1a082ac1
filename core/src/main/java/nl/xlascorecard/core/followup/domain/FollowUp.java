package nl.xlascorecard.core.followup.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A call-back to a customer who gave an unhappy rating (spec "Follow-up"). Exactly one per request:
 * {@code requestKey} is unique.
 *
 * @param id                         database id (0 before it is stored)
 * @param requestKey                 the rated request, e.g. {@code ITSM-42}
 * @param organisationId             the organisation the call is made for (the request's lowest id)
 * @param assigneeKey                user key of the service manager who calls; {@code null} = the
 *                                   service-manager group
 * @param rating                     the request's current rating (1..5), kept up to date while OPEN
 * @param ratedAt                    rating time of the unhappy rating that opened it
 * @param createdAt                  when it was opened
 * @param dueAt                      ratedAt + follow-up window in business time
 * @param state                      OPEN or DONE
 * @param outcome                    outcome of the last call; {@code null} before the first call
 * @param attempts                   call attempts so far
 * @param notes                      notes of the call(s), {@code null} when none
 * @param agreement                  what was agreed with the customer, {@code null} when none
 * @param contactedAt                time of the first call attempt, {@code null} before it
 * @param doneAt                     when it became DONE
 * @param improvementActionId        improvement action made from the call, or {@code null}
 * @param ratingRaisedAboveThreshold true while the customer has since raised the rating above the
 *                                   unhappy threshold (the call is still due; the queue shows it)
 * @param reminderSentAt             when the reminder was claimed for sending (set once)
 * @param escalatedAt                when the escalation was claimed for sending (set once)
 * @param version                    optimistic-lock counter of the user-edited fields
 */
public record FollowUp(long id, String requestKey, long organisationId, String assigneeKey, int rating,
                       Instant ratedAt, Instant createdAt, Instant dueAt, FollowUpState state, CallOutcome outcome,
                       int attempts, String notes, String agreement, Instant contactedAt, Instant doneAt,
                       Long improvementActionId, boolean ratingRaisedAboveThreshold, Instant reminderSentAt,
                       Instant escalatedAt, long version) {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_USER_KEY = 255;
    public static final int MAX_REQUEST_KEY = 255;

    public FollowUp {
        Objects.requireNonNull(requestKey, "requestKey");
        Objects.requireNonNull(ratedAt, "ratedAt");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(state, "state");
    }

    /** A new OPEN follow-up with no call logged. */
    public static FollowUp open(String requestKey, long organisationId, String assigneeKey, int rating, Instant ratedAt,
                                Instant createdAt, Instant dueAt) {
        return new FollowUp(0, requestKey, organisationId, assigneeKey, rating, ratedAt, createdAt, dueAt,
                FollowUpState.OPEN, null, 0, null, null, null, null, null, false, null, null, 0);
    }

    public boolean isOpen() {
        return state == FollowUpState.OPEN;
    }

    /** Overdue: still open after its due time. */
    public boolean isOverdue(Instant now) {
        return isOpen() && now.isAfter(dueAt);
    }

    /** Closed no later than its due time. */
    public boolean doneWithinWindow() {
        return state == FollowUpState.DONE && doneAt != null && !doneAt.isAfter(dueAt);
    }

    /** The request's rating changed (while OPEN): its value and whether it is above the threshold now. */
    public FollowUp withRating(int newRating, boolean raisedAboveThreshold) {
        return new FollowUp(id, requestKey, organisationId, assigneeKey, newRating, ratedAt, createdAt, dueAt, state,
                outcome, attempts, notes, agreement, contactedAt, doneAt, improvementActionId, raisedAboveThreshold,
                reminderSentAt, escalatedAt, version);
    }

    public FollowUp withAssignee(String newAssigneeKey) {
        return new FollowUp(id, requestKey, organisationId, newAssigneeKey, rating, ratedAt, createdAt, dueAt, state,
                outcome, attempts, notes, agreement, contactedAt, doneAt, improvementActionId,
                ratingRaisedAboveThreshold, reminderSentAt, escalatedAt, version);
    }

    /** The result of a logged call, as the follow-up service decided it. */
    public FollowUp withCall(FollowUpState newState, CallOutcome newOutcome, int newAttempts, String newNotes,
                             String newAgreement, Instant newContactedAt, Instant newDoneAt, Long actionId) {
        return new FollowUp(id, requestKey, organisationId, assigneeKey, rating, ratedAt, createdAt, dueAt, newState,
                newOutcome, newAttempts, newNotes, newAgreement, newContactedAt, newDoneAt, actionId,
                ratingRaisedAboveThreshold, reminderSentAt, escalatedAt, version);
    }
}
