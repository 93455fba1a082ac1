package nl.xlascorecard.plugin.jira;

import java.util.Collection;
import java.util.Map;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;

import nl.xlascorecard.plugin.users.UserNames;

/**
 * Display names of Jira users by key, from Jira's {@link UserManager} (which keeps users in its own
 * cluster-aware cache, so a look-up per distinct key of a page is cheap). A deleted user
 * ({@code getUserByKey} answers {@code null}) reads as the key: see {@link UserNames}.
 *
 * <p>Compiled and unit-tested against the declarations in {@code platform-api} only; not verified
 * in a running Jira.
 */
public final class JiraUserNames implements UserNames {

    private final UserNames names;

    public JiraUserNames(UserManager users) {
        this.names = UserNames.lookingUp(key -> {
            ApplicationUser user = users.getUserByKey(key);
            return user == null ? null : user.getDisplayName();
        });
    }

    @Override
    public Map<String, String> displayNames(Collection<String> userKeys) {
        return names.displayNames(userKeys);
    }
}
