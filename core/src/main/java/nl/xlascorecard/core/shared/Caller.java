package nl.xlascorecard.core.shared;

import java.util.Objects;
import java.util.Set;

/**
 * Who is asking, as far as the core needs to know to decide what they may see and do. Built by the
 * host (Jira adapter or sandbox) from the logged-in user; the core never asks Jira itself, so the
 * same rules hold in Jira and in the sandbox.
 *
 * @param userKey                 stable user key (Jira's user key), never the display name
 * @param roles                   the app roles the user holds globally
 * @param agentOrganisationIds    organisations whose requests the user can work as an agent
 *                                (organisations of the service projects they are agent in)
 * @param customerOrganisationIds organisations the user is a customer member of
 */
public record Caller(String userKey, Set<Role> roles, Set<Long> agentOrganisationIds,
                     Set<Long> customerOrganisationIds) {

    public Caller {
        Objects.requireNonNull(userKey, "userKey");
        roles = Set.copyOf(roles);
        agentOrganisationIds = Set.copyOf(agentOrganisationIds);
        customerOrganisationIds = Set.copyOf(customerOrganisationIds);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdministrator() {
        return has(Role.ADMINISTRATOR);
    }

    public boolean isServiceManager() {
        return has(Role.SERVICE_MANAGER) || isAdministrator();
    }
}
