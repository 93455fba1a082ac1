package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). Checks Jira's global permissions.
 * Source: https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/security/GlobalPermissionManager.html
 */
public interface GlobalPermissionManager {

    /** Whether {@code user} ({@code null} = anonymous) holds the global permission. */
    boolean hasPermission(GlobalPermissionKey globalPermissionKey, ApplicationUser user);
}
