package nl.xlascorecard.core.target.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import nl.xlascorecard.core.organisation.domain.Organisation;
import nl.xlascorecard.core.organisation.domain.OrganisationRef;
import nl.xlascorecard.core.organisation.port.in.ManageOrganisations;
import nl.xlascorecard.core.organisation.port.out.OrganisationDirectory;
import nl.xlascorecard.core.organisation.service.OrganisationAccess;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.FieldErrors;
import nl.xlascorecard.core.shared.ForbiddenException;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.core.target.domain.OrganisationOverview;
import nl.xlascorecard.core.target.domain.SlaFigures;
import nl.xlascorecard.core.target.domain.TargetState;
import nl.xlascorecard.core.target.domain.XlaTarget;
import nl.xlascorecard.core.target.port.in.ReadXlaOverview;
import nl.xlascorecard.core.target.port.out.SlaMetricsSource;
import nl.xlascorecard.core.target.port.out.SlaMetricsSource.SlaCycles;
import nl.xlascorecard.core.target.port.out.TargetStatusRepository;
import nl.xlascorecard.core.target.port.out.XlaTargetRepository;

/**
 * The XLA overview: a page of organisations, each with its effective targets, their stored statuses
 * and its SLA results. Queries per page, whatever its size: the organisations (one per 100 when the
 * caller sees all, or one for named ids), the defaults, the organisations' own targets, their
 * statuses, and the SLA source's batch. Nothing is measured here.
 */
public final class XlaOverviewService implements ReadXlaOverview {

    public static final String NOTHING_VISIBLE = "xla.error.permission.noOrganisation";

    private final XlaTargetRepository targets;
    private final TargetStatusRepository statuses;
    private final SlaMetricsSource sla;
    private final OrganisationAccess access;
    private final OrganisationDirectory directory;
    private final ManageOrganisations organisations;
    private final Clock clock;

    public XlaOverviewService(XlaTargetRepository targets, TargetStatusRepository statuses, SlaMetricsSource sla,
                              OrganisationAccess access, OrganisationDirectory directory,
                              ManageOrganisations organisations, Clock clock) {
        this.targets = Objects.requireNonNull(targets);
        this.statuses = Objects.requireNonNull(statuses);
        this.sla = Objects.requireNonNull(sla);
        this.access = Objects.requireNonNull(access);
        this.directory = Objects.requireNonNull(directory);
        this.organisations = Objects.requireNonNull(organisations);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Page<OrganisationOverview> overview(Caller caller, Set<Long> organisationIds, int slaDays, int start, int limit) {
        FieldErrors errors = new FieldErrors();
        errors.range("slaDays", slaDays, 1, MAX_SLA_DAYS);
        errors.range("start", start, 0, Integer.MAX_VALUE);
        errors.range("limit", limit, 1, MAX_LIMIT);
        errors.throwIfAny();
        OrganisationAccess.Scope scope = access.scope(caller);
        if (!scope.seesAny()) {
            throw new ForbiddenException(NOTHING_VISIBLE, caller.userKey() + " sees no organisation");
        }
        Page<OrganisationRef> page = organisationIds.isEmpty()
                ? visible(caller, scope, start, limit)
                : named(scope, organisationIds, start, limit);
        List<Long> ids = page.items().stream().map(OrganisationRef::id).toList();
        if (ids.isEmpty()) {
            return new Page<>(List.of(), start, limit, page.total());
        }
        List<XlaTarget> defaults = targets.defaults();
        Map<Long, List<XlaTarget>> own = EffectiveTargets.byOrganisation(targets.ofOrganisations(ids));
        Map<Long, Map<Long, TargetState>> states = EffectiveTargets.statesByOrganisation(statuses.ofOrganisations(ids));
        Instant now = clock.instant();
        Map<Long, SlaCycles> cycles = sla.cycles(ids, MeasurementSources.since(now, slaDays), now);
        return page.map(o -> OrganisationOverview.of(o, figures(cycles.get(o.id()), slaDays),
                EffectiveTargets.of(own.getOrDefault(o.id(), List.of()), defaults, states.getOrDefault(o.id(), Map.of()))));
    }

    private static SlaFigures figures(SlaCycles cycles, int days) {
        return cycles == null || cycles.met() + cycles.breached() == 0 ? null
                : SlaFigures.of(cycles.met(), cycles.breached(), days);
    }

    /** Each named organisation must be visible and exist (404 otherwise, hidden and missing alike). */
    private Page<OrganisationRef> named(OrganisationAccess.Scope scope, Set<Long> organisationIds, int start, int limit) {
        for (long id : new TreeSet<>(organisationIds)) {
            if (!scope.canSee(id)) {
                throw OrganisationAccess.notFound(id);
            }
        }
        List<OrganisationRef> found = directory.findAll(organisationIds);
        if (found.size() < organisationIds.size()) {
            long missing = organisationIds.stream().filter(id -> found.stream().noneMatch(o -> o.id() == id))
                    .findFirst().orElseThrow();
            throw OrganisationAccess.notFound(missing);
        }
        int from = Math.min(start, found.size());
        int to = Math.min(found.size(), from + limit);
        return new Page<>(found.subList(from, to), start, limit, found.size());
    }

    /**
     * Every organisation the caller sees, by name. Callers who see all read the directory in pages of
     * {@link PageRequest#MAX_LIMIT}; others (agents, limited service managers) see a bounded set
     * that the organisation use case lists.
     */
    private Page<OrganisationRef> visible(Caller caller, OrganisationAccess.Scope scope, int start, int limit) {
        if (scope.seesAll()) {
            List<OrganisationRef> items = new ArrayList<>();
            long total = 0;
            int offset = start;
            while (items.size() < limit) {
                int chunk = Math.min(PageRequest.MAX_LIMIT, limit - items.size());
                Page<OrganisationRef> page = directory.list(new PageRequest(offset, chunk));
                items.addAll(page.items());
                total = page.total();
                offset += page.items().size();
                if (page.items().isEmpty() || page.isLastPage()) {
                    break;
                }
            }
            return new Page<>(items, start, limit, total);
        }
        List<OrganisationRef> all = new ArrayList<>();
        int offset = 0;
        Page<Organisation> page;
        do {
            page = organisations.list(caller, new PageRequest(offset, PageRequest.MAX_LIMIT));
            page.items().forEach(o -> all.add(o.ref()));
            offset += page.items().size();
        } while (!page.isLastPage() && !page.items().isEmpty());
        int from = Math.min(start, all.size());
        int to = Math.min(all.size(), from + limit);
        return new Page<>(all.subList(from, to), start, limit, all.size());
    }
}
