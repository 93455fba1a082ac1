package nl.xlascorecard.plugin.jsm;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.bc.issue.search.SearchService.ParseResult;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.servicedesk.api.ServiceDeskServiceException;
import com.atlassian.servicedesk.api.sla.info.SlaInformation;
import com.atlassian.servicedesk.api.sla.info.SlaInformationCompletedCycle;
import com.atlassian.servicedesk.api.sla.info.SlaInformationService;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;
import com.atlassian.servicedesk.api.util.paging.SimplePagedRequest;

import nl.xlascorecard.core.organisation.domain.OrganisationRef;
import nl.xlascorecard.core.organisation.port.out.OrganisationDirectory;
import nl.xlascorecard.core.target.port.out.SlaMetricsSource;

/**
 * {@link SlaMetricsSource} on JSM: a JQL search for the organisation's requests resolved in the
 * window, then JSM's SLA information of each, counting the completed cycles that stopped in the
 * window as met or breached.
 *
 * <p>Cost: one search per page of {@value #PAGE} requests plus one {@code getInfo} per request, so
 * an organisation with 400 resolved requests in 30 days costs about 404 calls. At most
 * {@value #MAX_REQUESTS} requests are read per organisation and window (a bound on time and memory;
 * larger organisations are counted on their newest {@value #MAX_REQUESTS} requests, so a short window
 * is complete before a long one is cut). The snapshot job reads all offered windows in one pass over
 * the longest ({@link #cyclesPerWindow}); the overview reads the stored snapshots, other windows go
 * through {@link CachedSlaMetrics}.
 *
 * <p>Compiled against the declarations in {@code platform-api}; not verified in a running JSM.
 */
public final class JsmSlaMetricsSource implements SlaMetricsSource {

    static final int PAGE = 100;
    static final int MAX_REQUESTS = 2_000;
    /** SLAs per request: JSM projects have a handful. */
    static final int MAX_SLAS = 50;

    private final SearchService search;
    private final SlaInformationService slas;
    private final OrganisationDirectory directory;
    private final Supplier<ApplicationUser> searcher;
    private final Supplier<Instant> now;

    public JsmSlaMetricsSource(SearchService search, SlaInformationService slas, OrganisationDirectory directory,
                               Supplier<ApplicationUser> searcher, Supplier<Instant> now) {
        this.search = Objects.requireNonNull(search, "search");
        this.slas = Objects.requireNonNull(slas, "slas");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.searcher = Objects.requireNonNull(searcher, "searcher");
        this.now = Objects.requireNonNull(now, "now");
    }

    @Override
    public Optional<SlaCycles> cycles(long organisationId, Instant from, Instant to) {
        long[] metAndBreached = new long[2];
        readCycles(organisationId, from, to, cycle -> count(cycle, from, to, metAndBreached));
        return figures(metAndBreached);
    }

    /** One search over the longest window and one SLA read per request, counted into every window. */
    @Override
    public Map<Integer, SlaCycles> cyclesPerWindow(long organisationId, Collection<Integer> windowDays, Instant to) {
        if (windowDays.isEmpty()) {
            return Map.of();
        }
        Map<Integer, long[]> counts = new LinkedHashMap<>();
        windowDays.forEach(days -> counts.put(days, new long[2]));
        Instant longest = to.minus(Duration.ofDays(Collections.max(windowDays)));
        readCycles(organisationId, longest, to, cycle -> counts.forEach(
                (days, metAndBreached) -> count(cycle, to.minus(Duration.ofDays(days)), to, metAndBreached)));
        Map<Integer, SlaCycles> result = new LinkedHashMap<>();
        counts.forEach((days, metAndBreached) -> figures(metAndBreached).ifPresent(c -> result.put(days, c)));
        return result;
    }

    private static void count(SlaInformationCompletedCycle cycle, Instant from, Instant to, long[] metAndBreached) {
        Instant stop = cycle.getStopTime();
        if (stop != null && !stop.isBefore(from) && stop.isBefore(to)) {
            metAndBreached[cycle.getBreached() ? 1 : 0]++;
        }
    }

    private static Optional<SlaCycles> figures(long[] metAndBreached) {
        return metAndBreached[0] + metAndBreached[1] == 0 ? Optional.empty()
                : Optional.of(new SlaCycles(metAndBreached[0], metAndBreached[1]));
    }

    /** Hands every completed cycle of the organisation's requests resolved in the window to {@code each}. */
    private void readCycles(long organisationId, Instant from, Instant to, Consumer<SlaInformationCompletedCycle> each) {
        Optional<OrganisationRef> organisation = directory.find(organisationId);
        if (organisation.isEmpty()) {
            return;
        }
        ApplicationUser user = searcher.get();
        String jql = jql(organisation.get().name(), from, to, now.get());
        ParseResult parsed = search.parseQuery(user, jql);
        if (!parsed.isValid()) {
            throw new JsmSearchException("JQL not accepted: " + jql + " " + parsed.getErrors().getErrorMessages(), null);
        }
        int start = 0;
        while (start < MAX_REQUESTS) {
            SearchResults<Issue> page;
            try {
                page = search.search(user, parsed.getQuery(), new PagerFilter<>(start, PAGE));
            } catch (SearchException e) {
                throw new JsmSearchException("Search failed: " + jql, e);
            }
            for (Issue request : page.getResults()) {
                completedCycles(user, request).forEach(each);
            }
            start += page.getResults().size();
            if (page.getResults().isEmpty() || start >= page.getTotal()) {
                break;
            }
        }
    }

    private Iterable<SlaInformationCompletedCycle> completedCycles(ApplicationUser user, Issue request) {
        java.util.List<SlaInformationCompletedCycle> cycles = new java.util.ArrayList<>();
        try {
            PagedResponse<SlaInformation> info = slas.getInfo(user, slas.newInfoQueryBuilder().issue(request.getId())
                    .pagedRequest(new SimplePagedRequest(0, MAX_SLAS)).build());
            info.getResults().forEach(sla -> cycles.addAll(sla.getCompletedCycles()));
        } catch (ServiceDeskServiceException e) {
            // A request whose SLAs the searcher may not read (or that lost its SLA fields) counts as none.
            return java.util.List.of();
        }
        return cycles;
    }

    /**
     * The organisation's requests resolved in {@code [from, to)}, as seen at {@code now}: relative
     * minutes, because absolute JQL dates are read in the searching user's time zone.
     */
    static String jql(String organisationName, Instant from, Instant to, Instant now) {
        StringBuilder jql = new StringBuilder("Organizations = \"")
                .append(organisationName.replace("\\", "\\\\").replace("\"", "\\\""))
                .append("\" AND resolved >= -").append(minutesBefore(now, from)).append('m');
        long untilMinutes = minutesBefore(now, to) - 1;
        if (untilMinutes > 0) {
            // A window that ends before now (whole minutes, rounded towards including the end).
            jql.append(" AND resolved <= -").append(untilMinutes).append('m');
        }
        // Newest first: the bound on requests cuts the oldest, so the shorter windows stay complete.
        return jql.append(" ORDER BY resolved DESC, key DESC").toString();
    }

    private static long minutesBefore(Instant now, Instant moment) {
        long seconds = Math.max(0, Duration.between(moment, now).getSeconds());
        return (seconds + 59) / 60;
    }
}
