package nl.xlascorecard.plugin.jsm;

import java.util.Set;

/**
 * How a user relates to JSM's customer organisations.
 *
 * @param agentOrganisationIds    organisations of the service desks in which the user is an agent
 * @param customerOrganisationIds organisations the user is a (portal customer) member of
 */
public record JsmMembership(Set<Long> agentOrganisationIds, Set<Long> customerOrganisationIds) {

    public JsmMembership {
        agentOrganisationIds = Set.copyOf(agentOrganisationIds);
        customerOrganisationIds = Set.copyOf(customerOrganisationIds);
    }
}
