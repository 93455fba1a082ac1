package nl.xlascorecard.plugin.jsm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.atlassian.servicedesk.api.sla.info.SlaInformation;
import com.atlassian.servicedesk.api.sla.info.SlaInformationCompletedCycle;
import com.atlassian.servicedesk.api.sla.info.SlaInformationQuery;
import com.atlassian.servicedesk.api.sla.info.SlaInformationService;
import com.atlassian.servicedesk.api.util.paging.PagedRequest;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;

import nl.xlascorecard.core.organisation.domain.OrganisationRef;
import nl.xlascorecard.core.organisation.port.out.OrganisationDirectory;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.core.target.port.out.SlaMetricsSource.SlaCycles;
import nl.xlascorecard.plugin.jira.FakeJira;
import nl.xlascorecard.plugin.jsm.FakeJsmRequests.Request;

/** The SLA adapter against the declared JSM API and hand-written fakes (not a running JSM). */
class JsmSlaMetricsSourceTest {

    private static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");
    private static final Instant FROM = NOW.minusSeconds(30L * 86_400);

    private final List<String> queries = new ArrayList<>();
    private final List<Issue> resolved = new ArrayList<>();
    private final Map<Long, List<SlaInformation>> slaByIssue = new HashMap<>();
    private int infoCalls;

    private final SearchService search = new SearchService() {
        @Override
        public ParseResult parseQuery(ApplicationUser searcher, String query) {
            queries.add(query);
            return new ParseResult(() -> query, new NoErrors());
        }

        @Override
        public SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter<?> pager) {
            int from = Math.min(pager.getStart(), resolved.size());
            int to = Math.min(resolved.size(), from + pager.getMax());
            return new SearchResults<>(resolved.subList(from, to), resolved.size(), pager);
        }
    };

    private final SlaInformationService slas = new SlaInformationService() {
        @Override
        public SlaInformationQuery.Builder newInfoQueryBuilder() {
            return new SlaInformationQuery.Builder() {
                private Long issue;

                @Override
                public SlaInformationQuery.Builder issue(Long issueId) {
                    this.issue = issueId;
                    return this;
                }

                @Override
                public SlaInformationQuery.Builder pagedRequest(PagedRequest pagedRequest) {
                    return this;
                }

                @Override
                public SlaInformationQuery build() {
                    Long id = issue;
                    return () -> id;
                }
            };
        }

        @Override
        public PagedResponse<SlaInformation> getInfo(ApplicationUser user, SlaInformationQuery query) {
            infoCalls++;
            List<SlaInformation> info = slaByIssue.getOrDefault(query.issue(), List.of());
            return new PagedResponse<>() {
                @Override
                public List<SlaInformation> getResults() {
                    return info;
                }

                @Override
                public boolean hasNextPage() {
                    return false;
                }
            };
        }
    };

    private final OrganisationDirectory directory = new OrganisationDirectory() {
        @Override
        public Optional<OrganisationRef> find(long organisationId) {
            return organisationId == 7 ? Optional.of(new OrganisationRef(7, "Zorggroep \"Noord\"")) : Optional.empty();
        }

        @Override
        public Page<OrganisationRef> list(PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<OrganisationRef> findAll(java.util.Collection<Long> organisationIds) {
            throw new UnsupportedOperationException();
        }
    };

    private final JsmSlaMetricsSource source = new JsmSlaMetricsSource(search, slas, directory,
            () -> new FakeJira.User("sm-1"), () -> NOW);

    private void request(long id, SlaInformationCompletedCycle... cycles) {
        resolved.add(new Request(id, "ITSM-" + id, null));
        slaByIssue.put(id, List.of(sla("Time to first response", cycles)));
    }

    @Test
    void asksForTheOrganisationsRequestsResolvedInTheWindowInRelativeMinutes() {
        assertThat(JsmSlaMetricsSource.jql("Zorggroep \"Noord\"", FROM, NOW, NOW)).isEqualTo(
                "Organizations = \"Zorggroep \\\"Noord\\\"\" AND resolved >= -43200m ORDER BY resolved DESC, key DESC");
        assertThat(JsmSlaMetricsSource.jql("A", FROM, NOW.minusSeconds(3600), NOW))
                .isEqualTo("Organizations = \"A\" AND resolved >= -43200m AND resolved <= -59m ORDER BY resolved DESC, key DESC");
    }

    @Test
    void countsCompletedCyclesThatStoppedInTheWindow() {
        request(1, cycle(NOW.minusSeconds(3600), false), cycle(NOW.minusSeconds(7200), true));
        request(2, cycle(NOW.minusSeconds(60), false));
        request(3, cycle(FROM.minusSeconds(1), true));
        assertThat(source.cycles(7, FROM, NOW)).contains(new SlaCycles(2, 1));
        assertThat(queries).hasSize(1);
        assertThat(infoCalls).isEqualTo(3);
    }

    @Test
    void everyOfferedWindowFromOneSearchAndOneSlaReadPerRequest() {
        long day = 86_400;
        request(1, cycle(NOW.minusSeconds(2 * day), false), cycle(NOW.minusSeconds(3 * day), true));
        request(2, cycle(NOW.minusSeconds(20 * day), true));
        request(3, cycle(NOW.minusSeconds(60 * day), false));
        request(4, cycle(NOW.minusSeconds(100 * day), false));

        Map<Integer, SlaCycles> perWindow = source.cyclesPerWindow(7, List.of(7, 30, 90), NOW);

        assertThat(perWindow).containsExactlyInAnyOrderEntriesOf(Map.of(
                7, new SlaCycles(1, 1), 30, new SlaCycles(1, 2), 90, new SlaCycles(2, 2)));
        assertThat(queries).hasSize(1).allMatch(jql -> jql.contains("resolved >= -129600m"));
        assertThat(infoCalls).isEqualTo(4);
        // The same figures as three separate reads, which cost three searches and three SLA reads per request.
        for (int days : List.of(7, 30, 90)) {
            assertThat(source.cycles(7, NOW.minusSeconds(days * day), NOW)).contains(perWindow.get(days));
        }
        assertThat(source.cyclesPerWindow(8, List.of(7, 30, 90), NOW)).isEmpty();
    }

    @Test
    void theCacheKeepsWhatTheSnapshotJobRead() {
        request(1, cycle(NOW.minusSeconds(60), false));
        CachedSlaMetrics cached = new CachedSlaMetrics(source, new MovableClock(NOW));
        assertThat(cached.cyclesPerWindow(7, List.of(7, 30), NOW)).containsOnlyKeys(7, 30);
        assertThat(cached.cycles(7, FROM, NOW)).contains(new SlaCycles(1, 0));
        assertThat(infoCalls).as("the 30-day window came from the cache").isEqualTo(1);
    }

    @Test
    void readsEveryPageButNoMoreThanTheBound() {
        for (long id = 1; id <= JsmSlaMetricsSource.MAX_REQUESTS + 150; id++) {
            request(id, cycle(NOW.minusSeconds(60), false));
        }
        assertThat(source.cycles(7, FROM, NOW)).contains(new SlaCycles(JsmSlaMetricsSource.MAX_REQUESTS, 0));
    }

    @Test
    void unknownOrganisationsAndOrganisationsWithoutCyclesHaveNoFigures() {
        assertThat(source.cycles(8, FROM, NOW)).isEmpty();
        assertThat(source.cycles(7, FROM, NOW)).isEmpty();
        assertThat(queries).hasSize(1);
    }

    @Test
    void theCacheAsksJsmOncePerOrganisationAndWindowLengthUntilItExpires() {
        request(1, cycle(NOW.minusSeconds(60), false));
        var clock = new nl.xlascorecard.plugin.jsm.JsmSlaMetricsSourceTest.MovableClock(NOW);
        CachedSlaMetrics cached = new CachedSlaMetrics(source, clock);
        assertThat(cached.cycles(7, FROM, NOW)).contains(new SlaCycles(1, 0));
        assertThat(cached.cycles(7, FROM.plusSeconds(5), NOW.plusSeconds(5))).contains(new SlaCycles(1, 0));
        assertThat(infoCalls).isEqualTo(1);
        clock.now = NOW.plus(CachedSlaMetrics.TIME_TO_LIVE).plusSeconds(1);
        cached.cycles(7, FROM, NOW);
        assertThat(infoCalls).isEqualTo(2);
    }

    private static SlaInformation sla(String name, SlaInformationCompletedCycle... cycles) {
        return new SlaInformation() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public List<SlaInformationCompletedCycle> getCompletedCycles() {
                return List.of(cycles);
            }
        };
    }

    private static SlaInformationCompletedCycle cycle(Instant stop, boolean breached) {
        return new SlaInformationCompletedCycle() {
            @Override
            public Instant getStopTime() {
                return stop;
            }

            @Override
            public boolean getBreached() {
                return breached;
            }
        };
    }

    private static final class NoErrors implements MessageSet {
        @Override
        public Set<String> getErrorMessages() {
            return Set.of();
        }

        @Override
        public boolean hasAnyErrors() {
            return false;
        }
    }

    static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
