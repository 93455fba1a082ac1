package nl.xlascorecard.core.organisation.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import nl.xlascorecard.core.organisation.domain.OrganisationRef;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;

/**
 * Out-port to JSM's customer organisations (OrganizationService in Jira, the simulated service desk
 * in the sandbox). Read-only: JSM owns organisations.
 */
public interface OrganisationDirectory {

    Optional<OrganisationRef> find(long organisationId);

    /** All organisations, ordered by name, one page at a time. */
    Page<OrganisationRef> list(PageRequest page);

    /** The organisations with these ids that exist, ordered by name (unknown ids are skipped). */
    List<OrganisationRef> findAll(Collection<Long> organisationIds);
}
