package nl.xlascorecard.sandbox.webpanel;

import com.atlassian.jira.user.ApplicationUser;

/** The logged-in demo user as the {@code user} of a web panel's context (Jira puts an ApplicationUser there). */
public record SandboxUser(String key) implements ApplicationUser {

    @Override
    public String getKey() {
        return key;
    }
}
