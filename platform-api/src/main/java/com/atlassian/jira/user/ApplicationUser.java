package com.atlassian.jira.user;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). A Jira user. The app identifies users by
 * their stable key, never by user name or display name; the e-mail address and display name are
 * read only to send a notification.
 * Source: https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/user/ApplicationUser.html
 */
public interface ApplicationUser {

    /** The key that identifies the user for good (it survives a rename of the user name). */
    String getKey();

    String getEmailAddress();

    String getDisplayName();

    /** False for deactivated users, who get no mail. */
    boolean isActive();
}
