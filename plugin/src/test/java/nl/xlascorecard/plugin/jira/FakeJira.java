package nl.xlascorecard.plugin.jira;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;

/**
 * Hand-written stand-ins for the Jira services the adapters use, implementing the interfaces
 * declared in {@code platform-api} (the edge of Jira is the only place where test doubles are
 * allowed). They follow the declared javadoc; nothing here was verified in a running Jira.
 */
public final class FakeJira implements JiraAuthenticationContext, GlobalPermissionManager, GroupManager, PermissionManager {

    public record User(String getKey) implements ApplicationUser {

        @Override
        public String getEmailAddress() {
            return getKey + "@example.org";
        }

        @Override
        public String getDisplayName() {
            return getKey;
        }

        @Override
        public boolean isActive() {
            return true;
        }
    }

    public record JiraProject(Long getId) implements Project {
    }

    /** Jira's I18nHelper as its javadoc describes it: MessageFormat, an Object[] holds several values, unknown key = key. */
    public record Translations(Locale getLocale, Map<String, String> texts) implements I18nHelper {

        @Override
        public String getText(String key) {
            String pattern = texts.get(key);
            return pattern == null ? key : new MessageFormat(pattern, getLocale).format(new Object[0]);
        }

        @Override
        public String getText(String key, Object parameters) {
            String pattern = texts.get(key);
            Object[] values = parameters instanceof Object[] array ? array : new Object[] {parameters};
            return pattern == null ? key : new MessageFormat(pattern, getLocale).format(values);
        }
    }

    public ApplicationUser loggedInUser;
    public I18nHelper translations = new Translations(Locale.ENGLISH, Map.of());
    private final Set<String> administrators = new HashSet<>();
    private final Map<String, Set<String>> groupsOfUser = new HashMap<>();
    private final Map<String, List<Project>> assignableProjects = new HashMap<>();

    public FakeJira administrator(String userKey) {
        administrators.add(userKey);
        return this;
    }

    public FakeJira memberOf(String userKey, String... groups) {
        groupsOfUser.computeIfAbsent(userKey, k -> new HashSet<>()).addAll(List.of(groups));
        return this;
    }

    public FakeJira assignableIn(String userKey, long... projectIds) {
        for (long id : projectIds) {
            assignableProjects.computeIfAbsent(userKey, k -> new java.util.ArrayList<>()).add(new JiraProject(id));
        }
        return this;
    }

    @Override
    public ApplicationUser getLoggedInUser() {
        return loggedInUser;
    }

    @Override
    public I18nHelper getI18nHelper() {
        return translations;
    }

    @Override
    public Locale getLocale() {
        return translations.getLocale();
    }

    @Override
    public boolean hasPermission(GlobalPermissionKey globalPermissionKey, ApplicationUser user) {
        return user != null && GlobalPermissionKey.ADMINISTER.equals(globalPermissionKey) && administrators.contains(user.getKey());
    }

    @Override
    public Collection<String> getGroupNamesForUser(ApplicationUser user) {
        return Set.copyOf(groupsOfUser.getOrDefault(user.getKey(), Set.of()));
    }

    @Override
    public Collection<ApplicationUser> getUsersInGroup(String groupName) {
        return groupsOfUser.entrySet().stream().filter(e -> e.getValue().contains(groupName))
                .<ApplicationUser>map(e -> new User(e.getKey())).toList();
    }

    @Override
    public Collection<Project> getProjects(ProjectPermissionKey permissionKey, ApplicationUser user) {
        if (!ProjectPermissions.ASSIGNABLE_USER.equals(permissionKey)) {
            return List.of();
        }
        return List.copyOf(assignableProjects.getOrDefault(user.getKey(), List.of()));
    }
}
