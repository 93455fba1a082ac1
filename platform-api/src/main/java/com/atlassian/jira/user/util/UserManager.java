package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). Jira's users.
 * Source: https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/user/util/UserManager.html
 */
public interface UserManager {

    /** The user with this key, or {@code null} when there is none. */
    ApplicationUser getUserByKey(String userKey);
}
