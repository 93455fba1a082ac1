package nl.xlascorecard.plugin.jsm;

import java.util.HashSet;
import java.util.Set;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.ServiceDesk;
import com.atlassian.servicedesk.api.ServiceDeskService;
import com.atlassian.servicedesk.api.ServiceDeskServiceException;
import com.atlassian.servicedesk.api.license.ServiceDeskLicenseService;
import com.atlassian.servicedesk.api.organization.OrganizationService;

/**
 * Finds a user's {@link JsmMembership} with JSM's public API.
 *
 * <ul>
 *   <li>Agent: a user with a JSM agent licence is an agent of the service projects in which they are
 *       an "assignable user" (JSM grants that to the project's agents); their organisations are the
 *       organisations added to those service desks. The public API has no "is agent of" check (the
 *       one in {@code api.permission} is marked experimental, not for apps), hence the permission.</li>
 *   <li>Customer: a user without an agent licence is a portal customer; JSM lists to a customer
 *       only the organisations they are a member of.</li>
 * </ul>
 *
 * <p>Compiled and unit-tested against the declarations in {@code platform-api} only; not verified
 * in a running JSM.
 */
public final class JsmMemberships {

    static final ProjectPermissionKey AGENT_PERMISSION = ProjectPermissions.ASSIGNABLE_USER;

    private final JsmOrganisationPages pages;
    private final ServiceDeskService serviceDesks;
    private final ServiceDeskLicenseService licences;
    private final PermissionManager permissions;

    public JsmMemberships(OrganizationService organizations, ServiceDeskService serviceDesks,
                          ServiceDeskLicenseService licences, PermissionManager permissions) {
        this.pages = new JsmOrganisationPages(organizations);
        this.serviceDesks = serviceDesks;
        this.licences = licences;
        this.permissions = permissions;
    }

    public JsmMembership of(ApplicationUser user) {
        try {
            if (licences.hasAgentLicense(user)) {
                return new JsmMembership(agentOrganisationIds(user), Set.of());
            }
            return new JsmMembership(Set.of(), organisationIds(user, null));
        } catch (ServiceDeskServiceException e) {
            throw new JsmDirectoryException("JSM could not tell the organisations of a user", e);
        }
    }

    private Set<Long> agentOrganisationIds(ApplicationUser user) {
        Set<Long> ids = new HashSet<>();
        for (Project project : permissions.getProjects(AGENT_PERMISSION, user)) {
            ServiceDesk desk;
            try {
                desk = serviceDesks.getServiceDeskForProject(user, project);
            } catch (ServiceDeskServiceException notAServiceProject) {
                // A software or business project: assignable there, but no service desk to work.
                continue;
            }
            ids.addAll(organisationIds(user, desk.getId()));
        }
        return ids;
    }

    private Set<Long> organisationIds(ApplicationUser user, Integer serviceDeskId) {
        Set<Long> ids = new HashSet<>();
        pages.walk(user, serviceDeskId, 0, organisation -> {
            ids.add((long) organisation.getId());
            return true;
        });
        return ids;
    }
}
