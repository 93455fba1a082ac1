package nl.xlascorecard.core.target.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import nl.xlascorecard.core.target.domain.XlaTarget;

/**
 * Out-port: XLA targets. At most one target per scope (an organisation, or the defaults) and
 * subject (metric and category); the database enforces it with a unique key, and a second one fails
 * with {@link nl.xlascorecard.core.target.service.TargetConflicts#duplicate}.
 */
public interface XlaTargetRepository {

    XlaTarget insert(XlaTarget target);

    XlaTarget update(XlaTarget target);

    void delete(long targetId);

    Optional<XlaTarget> find(long targetId);

    /** Every default target (organisation id null), by id. A handful. */
    List<XlaTarget> defaults();

    /** The defaults and the organisation's own targets, in one query (what its effective targets come from). */
    List<XlaTarget> defaultsAndOwn(long organisationId);

    /** The own targets of these organisations, in one query. */
    List<XlaTarget> ofOrganisations(Collection<Long> organisationIds);
}
