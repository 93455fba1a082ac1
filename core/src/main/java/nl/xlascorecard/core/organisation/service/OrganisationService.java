package nl.xlascorecard.core.organisation.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.xlascorecard.core.organisation.domain.Organisation;
import nl.xlascorecard.core.organisation.domain.OrganisationProfile;
import nl.xlascorecard.core.organisation.domain.OrganisationRef;
import nl.xlascorecard.core.organisation.port.in.ManageOrganisations;
import nl.xlascorecard.core.organisation.port.out.OrganisationDirectory;
import nl.xlascorecard.core.organisation.port.out.OrganisationProfileRepository;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.FieldErrors;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.core.shared.TransactionRunner;
import nl.xlascorecard.core.shared.ValidationException;

/** Organisations the caller may see, joined with the app's profile of each (default when none stored). */
public final class OrganisationService implements ManageOrganisations {

    private final OrganisationDirectory directory;
    private final OrganisationProfileRepository profiles;
    private final OrganisationAccess access;
    private final TransactionRunner transactions;

    public OrganisationService(OrganisationDirectory directory, OrganisationProfileRepository profiles,
                               OrganisationAccess access, TransactionRunner transactions) {
        this.directory = Objects.requireNonNull(directory);
        this.profiles = Objects.requireNonNull(profiles);
        this.access = Objects.requireNonNull(access);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public Page<Organisation> list(Caller caller, PageRequest page) {
        OrganisationAccess.Scope scope = access.scope(caller);
        if (scope.seesAll()) {
            return directory.list(page).map(this::withProfile);
        }
        if (!caller.isServiceManager()) {
            return agentPage(caller, page);
        }
        return filteredPage(scope, page);
    }

    @Override
    public Organisation get(Caller caller, long organisationId) {
        access.checkVisible(caller, organisationId);
        OrganisationRef ref = directory.find(organisationId).orElseThrow(() -> OrganisationAccess.notFound(organisationId));
        return withProfile(ref);
    }

    @Override
    public boolean canManage(Caller caller, long organisationId) {
        return access.canManage(caller, organisationId);
    }

    @Override
    public Organisation updateProfile(Caller caller, OrganisationProfile profile) {
        if (profile == null) {
            throw ValidationException.of("profile", FieldErrors.REQUIRED);
        }
        long organisationId = profile.organisationId();
        access.checkManageable(caller, organisationId);
        OrganisationRef ref = directory.find(organisationId).orElseThrow(() -> OrganisationAccess.notFound(organisationId));
        OrganisationProfile saved = transactions.inTransaction(() -> profiles.save(profile));
        return new Organisation(ref, saved);
    }

    private Organisation withProfile(OrganisationRef ref) {
        return new Organisation(ref, profileOf(ref.id()));
    }

    private OrganisationProfile profileOf(long organisationId) {
        return profiles.find(organisationId).orElseGet(() -> OrganisationProfile.defaults(organisationId));
    }

    /** An agent's organisations: a bounded set (their service projects), paged in memory. */
    private Page<Organisation> agentPage(Caller caller, PageRequest page) {
        List<OrganisationRef> refs = directory.findAll(caller.agentOrganisationIds());
        int from = Math.min(page.start(), refs.size());
        int to = Math.min(from + page.limit(), refs.size());
        return new Page<>(refs.subList(from, to), page.start(), page.limit(), refs.size()).map(this::withProfile);
    }

    /**
     * A limited service manager's organisations. The profile store cannot be asked "which
     * organisations list this user", so this walks the whole directory (ordered by name) a full page
     * at a time and filters, counting every match for the total. Cost: one profile read per
     * organisation in the directory on every call (5,000 reads for the spec's data set), but
     * memory stays at one directory page plus the requested page.
     */
    private Page<Organisation> filteredPage(OrganisationAccess.Scope scope, PageRequest page) {
        List<Organisation> items = new ArrayList<>();
        long matches = 0;
        int start = 0;
        Page<OrganisationRef> chunk;
        do {
            chunk = directory.list(new PageRequest(start, PageRequest.MAX_LIMIT));
            for (OrganisationRef ref : chunk.items()) {
                OrganisationProfile profile = profileOf(ref.id());
                if (scope.canSee(profile)) {
                    if (matches >= page.start() && items.size() < page.limit()) {
                        items.add(new Organisation(ref, profile));
                    }
                    matches++;
                }
            }
            start += chunk.items().size();
        } while (!chunk.isLastPage() && !chunk.items().isEmpty());
        return new Page<>(items, page.start(), page.limit(), matches);
    }
}
