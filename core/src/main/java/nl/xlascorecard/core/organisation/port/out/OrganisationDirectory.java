package nl.xlascorecard.core.organisation.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

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

    /**
     * Every organisation, by name, read in pages of {@link PageRequest#MAX_LIMIT} so that a
     * job walking thousands of organisations never holds them all at once.
     */
    default void forEachOrganisation(Consumer<OrganisationRef> action) {
        int start = 0;
        Page<OrganisationRef> page;
        do {
            page = list(new PageRequest(start, PageRequest.MAX_LIMIT));
            page.items().forEach(action);
            start += page.items().size();
        } while (!page.isLastPage() && !page.items().isEmpty());
    }
}
