package com.atlassian.servicedesk.api.sla.info;

import com.atlassian.servicedesk.api.util.paging.PagedRequest;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). The query of
 * {@link SlaInformationService#getInfo}: the issue id is always required. Only what the app uses.
 * Source: https://docs.atlassian.com/jira-servicedesk/10.3.1/com/atlassian/servicedesk/api/sla/info/SlaInformationQuery.html
 * and (builder) https://docs.atlassian.com/jira-servicedesk/4.13.20/com/atlassian/servicedesk/api/sla/info/SlaInformationQuery.Builder.html
 */
public interface SlaInformationQuery {

    Long issue();

    /** Builder, from {@link SlaInformationService#newInfoQueryBuilder()}. */
    interface Builder {

        Builder issue(Long issueId);

        Builder pagedRequest(PagedRequest pagedRequest);

        SlaInformationQuery build();
    }
}
