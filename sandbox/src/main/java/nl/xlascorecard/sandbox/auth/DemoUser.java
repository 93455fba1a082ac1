package nl.xlascorecard.sandbox.auth;

import java.util.Objects;
import java.util.Set;

import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.Role;

/**
 * A sandbox user. The user name is also the user key (as for Jira users created before Jira 6) and
 * the password (it is a demo).
 *
 * @param description what the user is for, shown on the log-in page (i18n key)
 */
public record DemoUser(String username, String displayName, String description, Set<Role> roles,
                       Set<Long> agentOrganisationIds, Set<Long> customerOrganisationIds) {

    public DemoUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        roles = Set.copyOf(roles);
        agentOrganisationIds = Set.copyOf(agentOrganisationIds);
        customerOrganisationIds = Set.copyOf(customerOrganisationIds);
    }

    public Caller caller() {
        return new Caller(username, roles, agentOrganisationIds, customerOrganisationIds);
    }

    public boolean isAdministrator() {
        return roles.contains(Role.ADMINISTRATOR);
    }

    /** Jira's "licensed user": anyone but a portal-only customer. */
    public boolean isLicensed() {
        return roles.stream().anyMatch(r -> r != Role.CUSTOMER);
    }
}
