package com.atlassian.servicedesk.api.sla.info;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). JSM's SLA information of one issue: its
 * SLAs with their completed cycles (met or breached) and the ongoing one. Only what the app uses.
 * Source: https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/sla/info/SlaInformationService.html
 */
public interface SlaInformationService {

    /** A builder of the query of {@link #getInfo}. */
    SlaInformationQuery.Builder newInfoQueryBuilder();

    /**
     * The SLAs of the query's issue, paged.
     *
     * @throws com.atlassian.servicedesk.api.ServiceDeskServiceException on error
     */
    PagedResponse<SlaInformation> getInfo(ApplicationUser user, SlaInformationQuery query);
}
