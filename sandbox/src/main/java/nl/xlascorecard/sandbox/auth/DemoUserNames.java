package nl.xlascorecard.sandbox.auth;

import java.util.Collection;
import java.util.Map;

import nl.xlascorecard.plugin.users.UserNames;

/**
 * The sandbox's {@link UserNames}: the display names of its demo users (whose user name is their
 * key). Any other key, such as a follow-up given to a user the sandbox does not have, reads as the
 * key, as a deleted user does in Jira.
 */
public final class DemoUserNames implements UserNames {

    private final UserNames names = UserNames.lookingUp(key -> DemoUsers.find(key).map(DemoUser::displayName).orElse(null));

    @Override
    public Map<String, String> displayNames(Collection<String> userKeys) {
        return names.displayNames(userKeys);
    }
}
