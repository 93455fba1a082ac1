package nl.xlascorecard.plugin.jsm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.AuthorizationException;
import com.atlassian.servicedesk.api.ForbiddenException;
import com.atlassian.servicedesk.api.NoSuchEntityException;
import com.atlassian.servicedesk.api.ServiceDeskServiceException;
import com.atlassian.servicedesk.api.organization.CustomerOrganization;
import com.atlassian.servicedesk.api.organization.OrganizationService;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;

import nl.xlascorecard.core.organisation.domain.OrganisationRef;
import nl.xlascorecard.core.organisation.port.out.OrganisationDirectory;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;

/**
 * {@link OrganisationDirectory} over JSM's {@link OrganizationService}.
 *
 * <p>JSM checks permissions on every call, so it is asked as the acting user: inside Jira the
 * logged-in user (the core consults the directory only for callers it has already authorised; those
 * are administrators, service managers and agents, who see every organisation in JSM). JSM's
 * errors are translated: "no such organisation" and "not allowed to see it" both become empty
 * (hidden and missing look the same), anything else a {@link JsmDirectoryException}.
 *
 * <p>Compiled and unit-tested against the declarations in {@code platform-api} only; not verified
 * in a running JSM.
 */
public final class JsmOrganisationDirectory implements OrganisationDirectory {

    /** Organisations sorted the way the core's contract asks: by name, then id for equal names. */
    static final Comparator<OrganisationRef> BY_NAME =
            Comparator.comparing(OrganisationRef::name, String.CASE_INSENSITIVE_ORDER).thenComparingLong(OrganisationRef::id);

    private final OrganizationService organizations;
    private final JsmOrganisationPages pages;
    private final Supplier<ApplicationUser> actingUser;

    public JsmOrganisationDirectory(OrganizationService organizations, Supplier<ApplicationUser> actingUser) {
        this.organizations = organizations;
        this.pages = new JsmOrganisationPages(organizations);
        this.actingUser = actingUser;
    }

    @Override
    public Optional<OrganisationRef> find(long organisationId) {
        if (!isJsmId(organisationId)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ref(organizations.getById(actingUser.get(), (int) organisationId)));
        } catch (NoSuchEntityException | ForbiddenException | AuthorizationException hiddenOrMissing) {
            return Optional.empty();
        } catch (ServiceDeskServiceException e) {
            throw new JsmDirectoryException("JSM could not look up organisation " + organisationId, e);
        }
    }

    /**
     * One page in JSM's own order (JSM lists organisations by name). JSM reports no total, so when
     * more pages follow the rest is counted page by page (large pages, nothing kept in memory).
     */
    @Override
    public Page<OrganisationRef> list(PageRequest request) {
        ApplicationUser user = actingUser.get();
        try {
            PagedResponse<CustomerOrganization> page = pages.page(user, null, request.start(), request.limit());
            List<OrganisationRef> items = page.getResults().stream()
                    .limit(request.limit())
                    .map(JsmOrganisationDirectory::ref)
                    .toList();
            long total;
            if (items.isEmpty() && request.start() > 0) {
                total = countFrom(user, 0); // asked beyond the end: count what there is
            } else if (page.hasNextPage()) {
                total = request.start() + items.size() + countFrom(user, request.start() + items.size());
            } else {
                total = request.start() + items.size();
            }
            return new Page<>(items, request.start(), request.limit(), total);
        } catch (ServiceDeskServiceException e) {
            throw new JsmDirectoryException("JSM could not list organisations", e);
        }
    }

    /**
     * JSM has no look-up of several ids at once. One id is one {@code getById}; more ids walk
     * through the organisations in large pages and stop as soon as all were found, so the number of
     * calls depends on the number of organisations, never on the number of ids asked for.
     */
    @Override
    public List<OrganisationRef> findAll(Collection<Long> organisationIds) {
        Set<Long> wanted = new HashSet<>();
        for (Long id : organisationIds) {
            if (id != null && isJsmId(id)) {
                wanted.add(id);
            }
        }
        if (wanted.isEmpty()) {
            return List.of();
        }
        if (wanted.size() == 1) {
            return find(wanted.iterator().next()).map(List::of).orElse(List.of());
        }
        List<OrganisationRef> found = new ArrayList<>(wanted.size());
        try {
            pages.walk(actingUser.get(), null, 0, organisation -> {
                if (wanted.remove((long) organisation.getId())) {
                    found.add(ref(organisation));
                }
                return !wanted.isEmpty();
            });
        } catch (ServiceDeskServiceException e) {
            throw new JsmDirectoryException("JSM could not list organisations", e);
        }
        found.sort(BY_NAME);
        return List.copyOf(found);
    }

    private long countFrom(ApplicationUser user, int start) {
        long[] count = {0};
        pages.walk(user, null, start, organisation -> {
            count[0]++;
            return true;
        });
        return count[0];
    }

    /** JSM organisation ids are positive ints; anything else cannot name one. */
    private static boolean isJsmId(long id) {
        return id > 0 && id <= Integer.MAX_VALUE;
    }

    static OrganisationRef ref(CustomerOrganization organization) {
        return new OrganisationRef(organization.getId(), organization.getName());
    }
}
