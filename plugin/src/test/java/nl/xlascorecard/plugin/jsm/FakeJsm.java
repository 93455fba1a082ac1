package nl.xlascorecard.plugin.jsm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.ExceptionMessage;
import com.atlassian.servicedesk.api.ForbiddenException;
import com.atlassian.servicedesk.api.NoSuchEntityException;
import com.atlassian.servicedesk.api.ServiceDesk;
import com.atlassian.servicedesk.api.ServiceDeskService;
import com.atlassian.servicedesk.api.ServiceDeskServiceException;
import com.atlassian.servicedesk.api.license.ServiceDeskLicenseService;
import com.atlassian.servicedesk.api.organization.CustomerOrganization;
import com.atlassian.servicedesk.api.organization.OrganizationService;
import com.atlassian.servicedesk.api.organization.OrganizationsQuery;
import com.atlassian.servicedesk.api.util.paging.PagedRequest;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;

/**
 * A hand-written stand-in for JSM at the edge of the app (the only place where test doubles are
 * allowed), implementing the interfaces declared in {@code platform-api}. It behaves the way JSM's
 * javadoc and REST documentation describe: agents (agent licence) see every organisation, portal
 * customers only their own; lists come sorted by name and capped at {@link #pageCap} items;
 * unknown ids throw {@link NoSuchEntityException}. It counts calls so tests can prove the adapters
 * make no call per id. Not a model of everything JSM does: nothing here was verified in a running
 * JSM.
 */
public final class FakeJsm implements OrganizationService, ServiceDeskService, ServiceDeskLicenseService {

    public record Org(int getId, String getName) implements CustomerOrganization {
    }

    record Desk(int getId) implements ServiceDesk {
    }

    record Query(Integer serviceDeskId, PagedRequest paging) implements OrganizationsQuery {
    }

    record Paged(List<CustomerOrganization> getResults, boolean hasNextPage) implements PagedResponse<CustomerOrganization> {
    }

    private final Map<Integer, Org> organisations = new LinkedHashMap<>();
    private final Map<Long, Integer> serviceDeskOfProject = new HashMap<>();
    private final Map<Integer, Set<Integer>> organisationsOfDesk = new HashMap<>();
    private final Map<String, Set<Integer>> customerMemberships = new HashMap<>();
    private final Set<String> agentLicences = new HashSet<>();

    /** JSM caps page sizes; the adapters must cope with pages shorter than they asked for. */
    public int pageCap = 50;
    /** When set, every organisation call throws it (simulates a failing JSM). */
    public ServiceDeskServiceException failure;
    public int getByIdCalls;
    public int getOrganizationsCalls;

    public FakeJsm organisation(int id, String name) {
        organisations.put(id, new Org(id, name));
        return this;
    }

    public FakeJsm serviceDesk(long projectId, int serviceDeskId, Integer... organisationIds) {
        serviceDeskOfProject.put(projectId, serviceDeskId);
        organisationsOfDesk.put(serviceDeskId, Set.of(organisationIds));
        return this;
    }

    public FakeJsm agentLicence(String userKey) {
        agentLicences.add(userKey);
        return this;
    }

    public FakeJsm customerOf(String userKey, Integer... organisationIds) {
        customerMemberships.computeIfAbsent(userKey, k -> new HashSet<>()).addAll(List.of(organisationIds));
        return this;
    }

    public int organisationCalls() {
        return getByIdCalls + getOrganizationsCalls;
    }

    @Override
    public CustomerOrganization getById(ApplicationUser user, Integer organizationId) {
        getByIdCalls++;
        failIfAsked();
        Org organisation = organisations.get(organizationId);
        if (organisation == null) {
            throw new NoSuchEntityException(new ExceptionMessage("sd.organization.error.not.found", "not found"));
        }
        if (!visibleTo(user, organizationId)) {
            throw new ForbiddenException(new ExceptionMessage("sd.organization.error.no.permission", "forbidden"));
        }
        return organisation;
    }

    @Override
    public PagedResponse<CustomerOrganization> getOrganizations(ApplicationUser user, OrganizationsQuery requestQuery) {
        getOrganizationsCalls++;
        failIfAsked();
        Query query = (Query) requestQuery;
        List<CustomerOrganization> matching = new ArrayList<>();
        for (Org organisation : organisations.values()) {
            boolean inDesk = query.serviceDeskId() == null
                    || organisationsOfDesk.getOrDefault(query.serviceDeskId(), Set.of()).contains(organisation.getId());
            if (inDesk && visibleTo(user, organisation.getId())) {
                matching.add(organisation);
            }
        }
        matching.sort(Comparator.comparing(CustomerOrganization::getName));
        int from = Math.min(query.paging().getStart(), matching.size());
        int to = Math.min(matching.size(), from + Math.min(query.paging().getLimit(), pageCap));
        return new Paged(List.copyOf(matching.subList(from, to)), to < matching.size());
    }

    @Override
    public OrganizationsQuery.Builder newOrganizationsQueryBuilder() {
        return new OrganizationsQuery.Builder() {
            private Integer serviceDeskId;
            private PagedRequest paging;

            @Override
            public OrganizationsQuery.Builder serviceDeskId(Integer id) {
                this.serviceDeskId = id;
                return this;
            }

            @Override
            public OrganizationsQuery.Builder pagedRequest(PagedRequest pagedRequest) {
                this.paging = pagedRequest;
                return this;
            }

            @Override
            public OrganizationsQuery build() {
                return new Query(serviceDeskId, paging);
            }
        };
    }

    @Override
    public ServiceDesk getServiceDeskForProject(ApplicationUser user, Project project) {
        Integer desk = serviceDeskOfProject.get(project.getId());
        if (desk == null) {
            throw new NoSuchEntityException(new ExceptionMessage("sd.project.error.not.service.desk", "no service desk"));
        }
        return new Desk(desk);
    }

    @Override
    public boolean hasAgentLicense(ApplicationUser user) {
        return agentLicences.contains(user.getKey());
    }

    private boolean visibleTo(ApplicationUser user, int organisationId) {
        return agentLicences.contains(user.getKey())
                || customerMemberships.getOrDefault(user.getKey(), Set.of()).contains(organisationId);
    }

    private void failIfAsked() {
        if (failure != null) {
            throw failure;
        }
    }
}
