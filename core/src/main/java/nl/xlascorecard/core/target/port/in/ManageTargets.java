package nl.xlascorecard.core.target.port.in;

import java.util.List;

import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.core.target.domain.StatusChange;
import nl.xlascorecard.core.target.domain.TargetView;
import nl.xlascorecard.core.target.domain.XlaTarget;

/**
 * In-port: an organisation's XLA targets and the defaults for all organisations.
 * <ul>
 * <li>Everybody who may see the organisation (administrators, service managers, its agents) reads
 *     its effective targets, their statuses and their history; a hidden organisation is 404.</li>
 * <li>Administrators and the service managers who manage the organisation set its own targets.</li>
 * <li>Service managers and administrators read the defaults; only administrators change them.</li>
 * </ul>
 * Every change is validated whole (400 naming each field, nothing written) and leads to an
 * evaluation of the statuses it concerns.
 */
public interface ManageTargets {

    /** The organisation's own targets plus the defaults it does not override, each with its status. */
    List<TargetView> effective(Caller caller, long organisationId);

    /** One of the organisation's effective targets (its own, or a default it inherits). */
    TargetView get(Caller caller, long organisationId, long targetId);

    XlaTarget create(Caller caller, long organisationId, TargetCommand command);

    /** Replaces the fields of one of the organisation's own targets (a default cannot be edited here). */
    XlaTarget update(Caller caller, long organisationId, long targetId, TargetCommand command);

    void delete(Caller caller, long organisationId, long targetId);

    /** Status changes of one effective target of the organisation, newest first. */
    Page<StatusChange> history(Caller caller, long organisationId, long targetId, PageRequest page);

    List<XlaTarget> defaults(Caller caller);

    XlaTarget getDefault(Caller caller, long targetId);

    XlaTarget createDefault(Caller caller, TargetCommand command);

    XlaTarget updateDefault(Caller caller, long targetId, TargetCommand command);

    void deleteDefault(Caller caller, long targetId);

    /**
     * A target as the client sent it; enums and numbers as given, so that an unknown choice or a
     * missing value is a field error.
     *
     * @param windowKind ROLLING_DAYS or LATEST_CLOSED_ROUND
     * @param windowDays the days of a rolling window; must be absent for LATEST_CLOSED_ROUND
     */
    record TargetCommand(String metric, String category, String comparison, Double threshold, Double warningMargin,
                         String windowKind, Integer windowDays, Integer minimumDataPoints) {
    }
}
