package com.atlassian.servicedesk.api;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). Access to service projects, with the
 * user's permissions checked.
 * Source: https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/ServiceDeskService.html
 */
public interface ServiceDeskService {

    /**
     * The service desk of a Jira project.
     *
     * @throws ServiceDeskServiceException when the project is no (enabled) service project or the
     *                                     user may not see it
     */
    ServiceDesk getServiceDeskForProject(ApplicationUser user, Project project);
}
