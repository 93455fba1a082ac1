package nl.xlascorecard.plugin.rest.dto;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import nl.xlascorecard.core.followup.domain.FollowUp;
import nl.xlascorecard.core.followup.domain.FollowUpView;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.plugin.users.UserNames;

/**
 * A follow-up (call-back) with its countdown at the time of the answer. {@code timeLeftSeconds} is
 * business time (like JSM's SLA timers): OPEN, until due, negative when overdue; DONE, how long
 * before (or, negative, after) its due time it was closed. Screens count down only while
 * {@code clockRunning}. {@code assigneeKey} {@code null} = the service-manager group; {@code assigneeName}
 * is that user's display name to show ({@code null} with the group; the key itself when the user is
 * unknown or deleted), the key stays for filters and reassignment.
 * {@code version} must be sent back to log a call or reassign.
 */
@JsonPropertyOrder({"id", "requestKey", "organisationId", "assigneeKey", "assigneeName", "rating", "ratingRaisedAboveThreshold",
        "ratedAt", "createdAt", "dueAt", "state", "timeLeftSeconds", "overdue", "clockRunning", "outcome", "attempts",
        "notes", "agreement", "contactedAt", "doneAt", "improvementActionId", "reminderSentAt", "escalatedAt",
        "version"})
public record FollowUpDto(long id, String requestKey, long organisationId, String assigneeKey,
                          String assigneeName, int rating,
                          boolean ratingRaisedAboveThreshold, Instant ratedAt, Instant createdAt, Instant dueAt,
                          String state, long timeLeftSeconds, boolean overdue, boolean clockRunning, String outcome,
                          int attempts, String notes, String agreement, Instant contactedAt, Instant doneAt,
                          Long improvementActionId, Instant reminderSentAt, Instant escalatedAt, long version) {

    /** One follow-up ({@code null} for none), its assignee's name looked up. */
    public static FollowUpDto from(FollowUpView view, UserNames names) {
        return view == null ? null : from(view, names.displayName(view.followUp().assigneeKey()));
    }

    /** A page of follow-ups, the names of all its assignees looked up at once. */
    public static PageDto<FollowUpDto> page(Page<FollowUpView> page, UserNames names) {
        Map<String, String> assignees = names.displayNames(
                page.items().stream().map(view -> view.followUp().assigneeKey()).filter(Objects::nonNull).toList());
        return PageDto.from(page, view -> {
            String key = view.followUp().assigneeKey();
            return from(view, key == null ? null : assignees.get(key));
        });
    }

    private static FollowUpDto from(FollowUpView view, String assigneeName) {
        FollowUp f = view.followUp();
        return new FollowUpDto(f.id(), f.requestKey(), f.organisationId(), f.assigneeKey(), assigneeName, f.rating(),
                f.ratingRaisedAboveThreshold(), f.ratedAt(), f.createdAt(), f.dueAt(), f.state().name(),
                view.timeLeft().toSeconds(), view.overdue(), view.clockRunning(),
                f.outcome() == null ? null : f.outcome().name(), f.attempts(), f.notes(), f.agreement(),
                f.contactedAt(), f.doneAt(), f.improvementActionId(), f.reminderSentAt(), f.escalatedAt(),
                f.version());
    }
}
