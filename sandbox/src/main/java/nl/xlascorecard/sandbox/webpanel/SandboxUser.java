package nl.xlascorecard.sandbox.webpanel;

import com.atlassian.jira.user.ApplicationUser;

/**
 * A user as a web panel's context holds it (Jira puts ApplicationUsers there): the logged-in demo
 * user, or a request's reporter. Demo users have no mail address.
 */
public record SandboxUser(String key, String displayName) implements ApplicationUser {

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public String getEmailAddress() {
        return null;
    }

    @Override
    public String getDisplayName() {
        return displayName;
    }

    @Override
    public boolean isActive() {
        return true;
    }
}
