package com.atlassian.jira.project;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). A Jira project; the adapters only pass
 * it from {@link com.atlassian.jira.security.PermissionManager} to JSM's ServiceDeskService.
 * Source: https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/project/Project.html
 */
public interface Project {

    Long getId();
}
