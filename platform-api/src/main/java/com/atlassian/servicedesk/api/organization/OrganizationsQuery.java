package com.atlassian.servicedesk.api.organization;

import com.atlassian.servicedesk.api.util.paging.PagedRequest;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). What
 * {@link OrganizationService#getOrganizations} should return; built with
 * {@link OrganizationService#newOrganizationsQueryBuilder()}. The query's own getters are not
 * declared: the adapters only build queries.
 * Source: https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/organization/OrganizationsQuery.html and
 * https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/organization/OrganizationsQuery.Builder.html
 */
public interface OrganizationsQuery {

    interface Builder {

        /** Only the organisations of this service desk; {@code null} (the default) for all. */
        Builder serviceDeskId(Integer serviceDeskId);

        Builder pagedRequest(PagedRequest pagedRequest);

        OrganizationsQuery build();
    }
}
