package com.atlassian.jira.security;

import java.util.Collection;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). Checks Jira's project permissions.
 * Source: https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/security/PermissionManager.html
 */
public interface PermissionManager {

    /** The projects in which {@code user} holds the permission. */
    Collection<Project> getProjects(ProjectPermissionKey permissionKey, ApplicationUser user);
}
