package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). Keys of Jira's system project
 * permissions. Only the one the adapters use is declared.
 * Source: https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/permission/ProjectPermissions.html
 */
public final class ProjectPermissions {

    /** "Assignable user": may be assigned issues of the project (JSM grants it to the project's agents). */
    public static final ProjectPermissionKey ASSIGNABLE_USER = new ProjectPermissionKey("ASSIGNABLE_USER");

    private ProjectPermissions() {
    }
}
