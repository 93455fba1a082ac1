package com.atlassian.servicedesk.api.organization;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). JSM's customer organisations, read with
 * the permissions of the given user: agents see every organisation, a portal customer only those
 * they are a member of. Methods throw {@link com.atlassian.servicedesk.api.ServiceDeskServiceException}
 * subclasses on error.
 * Source: https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/organization/OrganizationService.html
 */
public interface OrganizationService {

    /** @throws com.atlassian.servicedesk.api.NoSuchEntityException when there is no such organisation */
    CustomerOrganization getById(ApplicationUser user, Integer organizationId);

    /** One page of organisations, optionally of one service desk. */
    PagedResponse<CustomerOrganization> getOrganizations(ApplicationUser user, OrganizationsQuery requestQuery);

    OrganizationsQuery.Builder newOrganizationsQueryBuilder();
}
