package com.atlassian.servicedesk.api;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). A service project.
 * Source: https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/ServiceDesk.html
 */
public interface ServiceDesk {

    /** The service desk id (not the Jira project id). */
    int getId();
}
