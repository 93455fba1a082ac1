package nl.xlascorecard.plugin.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;

import nl.xlascorecard.plugin.users.UserNames;

/**
 * Display names from Jira's UserManager (a hand-written fake of the declared interface): a known
 * user's display name, and the key itself for a user Jira no longer knows or whose name is blank;
 * each distinct key looked up once per page, the group ({@code null}) never.
 */
class JiraUserNamesTest {

    private record Person(String getKey, String getDisplayName) implements ApplicationUser {

        @Override
        public String getEmailAddress() {
            return getKey + "@example.org";
        }

        @Override
        public boolean isActive() {
            return true;
        }
    }

    /** Jira's users as its javadoc describes getUserByKey: {@code null} when there is no such user. */
    private static final class Users implements UserManager {

        final Map<String, ApplicationUser> byKey = Map.of(
                "JIRAUSER10100", new Person("JIRAUSER10100", "Sanne de Vries"),
                "JIRAUSER10200", new Person("JIRAUSER10200", " "));
        final List<String> lookedUp = new ArrayList<>();

        @Override
        public ApplicationUser getUserByKey(String userKey) {
            lookedUp.add(userKey);
            return byKey.get(userKey);
        }
    }

    @Test
    void aKnownUserReadsAsTheDisplayNameAnUnknownOneAsTheKey() {
        Users users = new Users();
        UserNames names = new JiraUserNames(users);

        Map<String, String> page = names.displayNames(
                Arrays.asList("JIRAUSER10100", "JIRAUSER99999", null, "JIRAUSER10100", "JIRAUSER10200"));

        assertThat(page).containsExactlyInAnyOrderEntriesOf(Map.of(
                "JIRAUSER10100", "Sanne de Vries",
                // deleted: Jira answers null
                "JIRAUSER99999", "JIRAUSER99999",
                // a blank display name would show nothing at all
                "JIRAUSER10200", "JIRAUSER10200"));
        assertThat(users.lookedUp).containsExactly("JIRAUSER10100", "JIRAUSER99999", "JIRAUSER10200");
    }

    @Test
    void oneKeyAndTheGroup() {
        UserNames names = new JiraUserNames(new Users());

        assertThat(names.displayName("JIRAUSER10100")).isEqualTo("Sanne de Vries");
        assertThat(names.displayName("gone")).isEqualTo("gone");
        assertThat(names.displayName(null)).isNull();
        assertThat(UserNames.KEYS.displayName("JIRAUSER10100")).isEqualTo("JIRAUSER10100");
    }
}
