package nl.xlascorecard.core.followup.service;

import java.util.HashSet;
import java.util.Set;

import nl.xlascorecard.core.organisation.domain.Organisation;
import nl.xlascorecard.core.organisation.port.in.ManageOrganisations;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;

/**
 * The ids of the organisations a caller who does not see every organisation may see (an agent's
 * service projects, a limited service manager's own organisations), asked of the organisation
 * in-port so the rules stay in one place. Bounded by what the caller sees.
 */
final class VisibleOrganisations {

    private final ManageOrganisations organisations;

    VisibleOrganisations(ManageOrganisations organisations) {
        this.organisations = organisations;
    }

    Set<Long> of(Caller caller) {
        Set<Long> ids = new HashSet<>();
        int start = 0;
        Page<Organisation> page;
        do {
            page = organisations.list(caller, new PageRequest(start, PageRequest.MAX_LIMIT));
            page.items().forEach(o -> ids.add(o.id()));
            start += page.items().size();
        } while (!page.isLastPage() && !page.items().isEmpty());
        return ids;
    }
}
