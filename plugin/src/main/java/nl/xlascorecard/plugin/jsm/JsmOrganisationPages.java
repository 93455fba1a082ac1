package nl.xlascorecard.plugin.jsm;

import java.util.function.Predicate;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.organization.CustomerOrganization;
import com.atlassian.servicedesk.api.organization.OrganizationService;
import com.atlassian.servicedesk.api.organization.OrganizationsQuery;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;
import com.atlassian.servicedesk.api.util.paging.SimplePagedRequest;

/**
 * Reads JSM's customer organisations one page at a time, so no call holds an unbounded list.
 * JSM may return fewer items than asked for (it caps page sizes), so the next page always starts
 * after what was actually returned.
 */
final class JsmOrganisationPages {

    /** Page size when walking through everything; JSM may cap it lower, which only costs calls. */
    static final int WALK_PAGE_SIZE = 1000;

    private final OrganizationService organizations;

    JsmOrganisationPages(OrganizationService organizations) {
        this.organizations = organizations;
    }

    /** One page as JSM returns it, with the permissions of {@code user}. */
    PagedResponse<CustomerOrganization> page(ApplicationUser user, Integer serviceDeskId, int start, int limit) {
        OrganizationsQuery query = organizations.newOrganizationsQueryBuilder()
                .serviceDeskId(serviceDeskId)
                .pagedRequest(new SimplePagedRequest(start, limit))
                .build();
        return organizations.getOrganizations(user, query);
    }

    /**
     * Offers every organisation from {@code start} on (of one service desk, or all when
     * {@code serviceDeskId} is null) to {@code visitor}, until it answers false or JSM has no more.
     */
    void walk(ApplicationUser user, Integer serviceDeskId, int start, Predicate<CustomerOrganization> visitor) {
        int next = start;
        while (true) {
            PagedResponse<CustomerOrganization> page = page(user, serviceDeskId, next, WALK_PAGE_SIZE);
            for (CustomerOrganization organization : page.getResults()) {
                if (!visitor.test(organization)) {
                    return;
                }
            }
            // An empty page that claims a next page would loop for ever: treat it as the end.
            if (!page.hasNextPage() || page.getResults().isEmpty()) {
                return;
            }
            next += page.getResults().size();
        }
    }
}
