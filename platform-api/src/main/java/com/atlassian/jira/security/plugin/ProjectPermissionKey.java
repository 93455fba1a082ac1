package com.atlassian.jira.security.plugin;

import java.util.Objects;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). The key of a project permission (a
 * final value class in Jira; constants for the system permissions are in
 * {@link com.atlassian.jira.permission.ProjectPermissions}).
 * Source: https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/security/plugin/ProjectPermissionKey.html
 */
public final class ProjectPermissionKey {

    private final String key;

    public ProjectPermissionKey(String key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProjectPermissionKey that && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
