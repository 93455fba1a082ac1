package nl.xlascorecard.core.followup.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.xlascorecard.core.followup.domain.FollowUp;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;

/**
 * Out-port: follow-ups, unique by request key. Writes run inside a transaction.
 *
 * <p>{@code reminderSentAt} and {@code escalatedAt} are written only by the two claim methods: they
 * change neither the version nor anything else, and {@link #update} never overwrites them, so a
 * user's edit and the reminder job never undo each other.
 */
public interface FollowUpRepository {

    /**
     * Inserts the follow-up unless one with the same request key exists; the unique request key
     * decides under concurrency (a losing concurrent insert returns empty, it does not fail the
     * transaction).
     *
     * @return the stored follow-up with its id and version 0; empty when the request already had one
     */
    Optional<FollowUp> insertIfAbsent(FollowUp followUp);

    Optional<FollowUp> find(long followUpId);

    Optional<FollowUp> findByRequestKey(String requestKey);

    /**
     * Optimistic update of every field but the two claim timestamps: fails with
     * {@code ConflictException.staleVersion} unless the stored version is {@code followUp.version()}.
     *
     * @return the stored follow-up with the version incremented
     */
    FollowUp update(FollowUp followUp);

    /**
     * Open follow-ups, by {@code dueAt} ascending, then id.
     *
     * @param organisationIds only these organisations; {@code null} = all
     */
    Page<FollowUp> listOpen(Set<Long> organisationIds, AssigneeFilter assignee, PageRequest page);

    /**
     * Open follow-ups without a reminder whose due time lies in {@code (after, until]}, by due time,
     * at most {@code limit}.
     */
    List<FollowUp> awaitingReminder(Instant after, Instant until, int limit);

    /** Open follow-ups without an escalation whose due time is before {@code now}, by due time, at most {@code limit}. */
    List<FollowUp> awaitingEscalation(Instant now, int limit);

    /**
     * Compare-and-set: {@code reminderSentAt = at} where the follow-up is OPEN and
     * {@code reminderSentAt} is null.
     *
     * @return true when this call set it (only one of concurrent callers gets true)
     */
    boolean claimReminder(long followUpId, Instant at);

    /** As {@link #claimReminder} for {@code escalatedAt}. */
    boolean claimEscalation(long followUpId, Instant at);

    /** The organisation's follow-ups created at or after {@code since}, at most {@code limit}, newest first. */
    List<FollowUp> createdSince(long organisationId, Instant since, int limit);

    /** Counts of the organisation's OPEN follow-ups: all, and those due before {@code now}. */
    OpenCounts countOpen(long organisationId, Instant now);

    record OpenCounts(long open, long overdue) {
    }

    /**
     * Counts of the organisation's follow-ups created at or after {@code since}: those closed (DONE),
     * and those of them done by their due time. Repositories count in the database; this default
     * counts a bounded cohort for stores that cannot.
     */
    default WindowCounts windowCounts(long organisationId, Instant since) {
        List<FollowUp> cohort = createdSince(organisationId, since, 10_000);
        long closed = cohort.stream().filter(f -> !f.isOpen()).count();
        long within = cohort.stream().filter(FollowUp::doneWithinWindow).count();
        return new WindowCounts(closed, within);
    }

    /** Follow-ups closed, and closed within their window (a subset). */
    record WindowCounts(long closed, long withinWindow) {
    }

    /**
     * Which assignee the queue asks for: any, one user, or none (the service-manager group).
     *
     * @param userKey    the user, when {@code unassigned} is false; {@code null} = any
     */
    record AssigneeFilter(String userKey, boolean unassigned) {

        public static AssigneeFilter any() {
            return new AssigneeFilter(null, false);
        }
    }
}
