package nl.xlascorecard.core.followup.port.in;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import nl.xlascorecard.core.followup.domain.FollowUpView;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;

/**
 * In-port: the follow-up queue and the work on a follow-up. Agents of the organisation see its
 * follow-ups and may log calls; its service managers and administrators may also reassign and turn
 * a call into an improvement action; customers may do nothing.
 */
public interface WorkFollowUps {

    /**
     * Open follow-ups the caller may see, least time left first (overdue at the top).
     *
     * @throws nl.xlascorecard.core.shared.ForbiddenException for callers who see no organisation (customers)
     * @throws nl.xlascorecard.core.shared.NotFoundException  the filter names a hidden or missing organisation
     */
    Page<FollowUpView> queue(Caller caller, QueueFilter filter, PageRequest page);

    /** @throws nl.xlascorecard.core.shared.NotFoundException missing or hidden */
    FollowUpView get(Caller caller, long followUpId);

    /** The follow-up of a request, for the experience panel; empty when none or hidden. */
    Optional<FollowUpView> forRequest(Caller caller, String requestKey);

    /**
     * Records a call. REACHED closes the follow-up; NOT_REACHED closes it once the attempts reach the
     * settings' maximum, else it stays open for the next try.
     *
     * @param expectedVersion the version the caller read (a double submit gets 409)
     * @throws nl.xlascorecard.core.shared.ConflictException   the follow-up is closed, or stale version
     * @throws nl.xlascorecard.core.shared.ForbiddenException  an agent asked for an improvement action
     */
    FollowUpView logCall(Caller caller, long followUpId, long expectedVersion, CallLog call);

    /**
     * Gives an open follow-up to another user; {@code null} or blank gives it to the service-manager
     * group. Service managers of the organisation and administrators only.
     */
    FollowUpView reassign(Caller caller, long followUpId, long expectedVersion, String assigneeKey);

    /**
     * Filters of the queue, both optional.
     *
     * @param organisationId only this organisation
     * @param assigneeKey    only follow-ups of this user
     * @param unassigned     only follow-ups of the service-manager group (no assignee); not with
     *                       {@code assigneeKey}
     */
    record QueueFilter(Long organisationId, String assigneeKey, boolean unassigned) {

        public static QueueFilter none() {
            return new QueueFilter(null, null, false);
        }
    }

    /**
     * One logged call, as the client sent it ({@code outcome} a string so an unknown value is a field
     * error).
     *
     * @param outcome     REACHED or NOT_REACHED
     * @param attempts    attempts made in this call session, at least 1; added to the total
     * @param notes       replaces the stored notes when given (the dialog starts from the stored text)
     * @param agreement   what was agreed; replaces the stored agreement when given
     * @param contactedAt when the call took place, not in the future and not before the rating;
     *                    {@code null} = now
     * @param action      an improvement action to create from the call, or {@code null}
     */
    record CallLog(String outcome, int attempts, String notes, String agreement, Instant contactedAt,
                   NewAction action) {
    }

    /** The improvement action a call leads to; the follow-up's organisation is used. */
    record NewAction(String text, String category, String ownerKey, LocalDate due) {
    }
}
