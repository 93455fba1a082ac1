package com.atlassian.jira.user;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). A Jira user. Only the stable key is
 * declared: the app identifies users by key, never by user name or display name.
 * Source: https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/user/ApplicationUser.html
 */
public interface ApplicationUser {

    /** The key that identifies the user for good (it survives a rename of the user name). */
    String getKey();
}
