package nl.xlascorecard.plugin.rest.dto;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import nl.xlascorecard.core.followup.domain.FollowUp;
import nl.xlascorecard.core.followup.domain.FollowUpView;

/**
 * A follow-up (call-back) with its countdown at the time of the answer. {@code timeLeftSeconds} is
 * business time (like JSM's SLA timers): OPEN, until due, negative when overdue; DONE, how long
 * before (or, negative, after) its due time it was closed. Screens count down only while
 * {@code clockRunning}. {@code assigneeKey} {@code null} = the service-manager group.
 * {@code version} must be sent back to log a call or reassign.
 */
@JsonPropertyOrder({"id", "requestKey", "organisationId", "assigneeKey", "rating", "ratingRaisedAboveThreshold",
        "ratedAt", "createdAt", "dueAt", "state", "timeLeftSeconds", "overdue", "clockRunning", "outcome", "attempts",
        "notes", "agreement", "contactedAt", "doneAt", "improvementActionId", "reminderSentAt", "escalatedAt",
        "version"})
public record FollowUpDto(long id, String requestKey, long organisationId, String assigneeKey, int rating,
                          boolean ratingRaisedAboveThreshold, Instant ratedAt, Instant createdAt, Instant dueAt,
                          String state, long timeLeftSeconds, boolean overdue, boolean clockRunning, String outcome,
                          int attempts, String notes, String agreement, Instant contactedAt, Instant doneAt,
                          Long improvementActionId, Instant reminderSentAt, Instant escalatedAt, long version) {

    public static FollowUpDto from(FollowUpView view) {
        if (view == null) {
            return null;
        }
        FollowUp f = view.followUp();
        return new FollowUpDto(f.id(), f.requestKey(), f.organisationId(), f.assigneeKey(), f.rating(),
                f.ratingRaisedAboveThreshold(), f.ratedAt(), f.createdAt(), f.dueAt(), f.state().name(),
                view.timeLeft().toSeconds(), view.overdue(), view.clockRunning(),
                f.outcome() == null ? null : f.outcome().name(), f.attempts(), f.notes(), f.agreement(),
                f.contactedAt(), f.doneAt(), f.improvementActionId(), f.reminderSentAt(), f.escalatedAt(),
                f.version());
    }
}
