package nl.xlascorecard.plugin.jira;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;

import nl.xlascorecard.core.organisation.domain.AppSettings;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.Role;
import nl.xlascorecard.plugin.jsm.JsmMembership;
import nl.xlascorecard.plugin.jsm.JsmMemberships;
import nl.xlascorecard.plugin.security.CallerResolver;

/**
 * The logged-in Jira user as a core {@link Caller}. It only translates Jira's facts into roles; what
 * each role may do is decided in the core.
 * <ul>
 *   <li>ADMINISTRATOR: holds Jira's global "Jira administrators" permission (system administrators
 *       hold it too).</li>
 *   <li>SERVICE_MANAGER: member of the group named in the app's settings (Jira group names are
 *       case-insensitive).</li>
 *   <li>AGENT / CUSTOMER: from JSM, see {@link JsmMemberships}.</li>
 * </ul>
 *
 * <p>Compiled and unit-tested against the declarations in {@code platform-api} only; not verified
 * in a running Jira.
 */
public final class JiraCallerResolver implements CallerResolver {

    private final JiraAuthenticationContext authentication;
    private final GlobalPermissionManager globalPermissions;
    private final GroupManager groups;
    private final JsmMemberships memberships;
    private final Supplier<AppSettings> settings;

    /** @param settings the app's current settings (read per request: another node may have changed them) */
    public JiraCallerResolver(JiraAuthenticationContext authentication, GlobalPermissionManager globalPermissions,
                              GroupManager groups, JsmMemberships memberships, Supplier<AppSettings> settings) {
        this.authentication = authentication;
        this.globalPermissions = globalPermissions;
        this.groups = groups;
        this.memberships = memberships;
        this.settings = settings;
    }

    @Override
    public Optional<Caller> current() {
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, user)) {
            roles.add(Role.ADMINISTRATOR);
        }
        if (isMember(user, settings.get().serviceManagerGroup())) {
            roles.add(Role.SERVICE_MANAGER);
        }
        JsmMembership membership = memberships.of(user);
        if (!membership.agentOrganisationIds().isEmpty()) {
            roles.add(Role.AGENT);
        }
        if (!membership.customerOrganisationIds().isEmpty()) {
            roles.add(Role.CUSTOMER);
        }
        return Optional.of(new Caller(user.getKey(), roles,
                membership.agentOrganisationIds(), membership.customerOrganisationIds()));
    }

    private boolean isMember(ApplicationUser user, String group) {
        return groups.getGroupNamesForUser(user).stream().anyMatch(group::equalsIgnoreCase);
    }
}
