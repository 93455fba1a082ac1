package nl.xlascorecard.plugin.users;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The names people read for the user keys the core stores (a follow-up's assignee): in Jira from
 * its {@code UserManager} ({@code nl.xlascorecard.plugin.jira.JiraUserNames}), in the sandbox from
 * its demo users. A presentation concern, so it lives in the plugin: the core keeps deciding by
 * key only.
 *
 * <p>A key whose user is unknown (deleted, or never a user of this Jira) reads as the key itself:
 * a screen then still says who it was, and a missing user never breaks a page.
 */
public interface UserNames {

    /** Shows the keys themselves: for hosts and tests without a user directory. */
    UserNames KEYS = lookingUp(key -> null);

    /**
     * The display name of each distinct non-null key of {@code userKeys} (one look-up per key, for a
     * whole page of follow-ups at once); {@code null} keys are left out (they mean the group).
     */
    Map<String, String> displayNames(Collection<String> userKeys);

    /** The display name of one key; {@code null} for {@code null} (the service-manager group). */
    default String displayName(String userKey) {
        return userKey == null ? null : displayNames(List.of(userKey)).get(userKey);
    }

    /**
     * Names from a look-up of one key that answers {@code null} for an unknown user; the fallback to
     * the key (also for a blank name) is here, so that every host falls back alike.
     */
    static UserNames lookingUp(Function<String, String> nameOrNull) {
        Objects.requireNonNull(nameOrNull, "nameOrNull");
        return userKeys -> {
            Map<String, String> names = new HashMap<>();
            for (String key : new LinkedHashSet<>(userKeys)) {
                if (key != null) {
                    String name = nameOrNull.apply(key);
                    names.put(key, name == null || name.isBlank() ? key : name);
                }
            }
            return names;
        };
    }
}
