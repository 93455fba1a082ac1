package nl.xlascorecard.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import nl.xlascorecard.aohost.AoHost;
import nl.xlascorecard.aohost.Database;
import nl.xlascorecard.aohost.EntityManagerActiveObjects;
import nl.xlascorecard.core.organisation.domain.OrganisationRef;
import nl.xlascorecard.core.scorecard.domain.DefaultTemplate;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.core.shared.Role;
import nl.xlascorecard.core.target.domain.Comparison;
import nl.xlascorecard.core.target.domain.OrganisationOverview;
import nl.xlascorecard.core.target.domain.SlaFigures;
import nl.xlascorecard.core.target.domain.TargetView;
import nl.xlascorecard.core.target.domain.TargetWindow;
import nl.xlascorecard.core.target.domain.XlaMetric;
import nl.xlascorecard.core.target.domain.XlaTarget;
import nl.xlascorecard.core.target.port.in.ReadXlaOverview;
import nl.xlascorecard.core.target.port.in.RefreshSlaSnapshots.RefreshReport;
import nl.xlascorecard.core.target.port.out.SlaMetricsSource.SlaCycles;
import nl.xlascorecard.core.target.port.out.XlaTargetRepository;
import nl.xlascorecard.plugin.config.XlaApp;
import nl.xlascorecard.plugin.persistence.PersistenceModule;
import nl.xlascorecard.plugin.persistence.ao.SlaSnapshotAo;
import nl.xlascorecard.plugin.persistence.ao.TargetHistoryAo;
import nl.xlascorecard.plugin.persistence.ao.TargetStatusAo;
import nl.xlascorecard.plugin.persistence.ao.XlaTargetAo;
import nl.xlascorecard.plugin.rest.dto.PageDto;
import nl.xlascorecard.plugin.rest.dto.XlaOverviewDto;

/**
 * Spec section 5, issue 4: the XLA overview for 1,000 organisations x 5 targets, <= 150 ms, on
 * PostgreSQL with the spec's data set (see {@link DataSetGenerator}) plus XLA targets:
 * <ul>
 * <li>the five shipped defaults, seeded by the app's own upgrade task when AO starts;</li>
 * <li>own targets for every fifth organisation, overriding two defaults (CSAT % and scorecard
 *     overall), so that every organisation has exactly five effective targets, some of them own;</li>
 * <li>stored statuses from the real evaluation ({@code EvaluateTargets.evaluateAll}), timed as the
 *     evaluation job over all organisations, first run (every status new) and again (nothing
 *     changed: the steady state of the periodic job).</li>
 * </ul>
 * Then the overview, as {@code GET xla/overview?slaDays=30&start=..&limit=1000} runs it for a
 * service manager who sees every organisation: {@code ReadXlaOverview.overview}, then the REST
 * resource's DTO mapping and JSON (Jackson, configured as the sandbox's mapper). Pages of 1,000 (the
 * API's maximum) rotate over the organisations. Beside it, a naive overview in the same JVM against
 * the same database: the per-organisation in-port the organisation page uses
 * ({@code ManageTargets.effective}) once per organisation, and the SLA source per organisation. And
 * the overview as Jira wires it: SLA figures from the stored snapshots ({@code SLA_SNAPSHOT}, filled
 * by one timed run of the snapshot refresh from the same in-memory source), checked to give the same
 * answer.
 * Writes {@code target/xla-overview-benchmark.md}.
 */
public final class XlaOverviewBenchmark {

    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
    private static final int PAGE = ReadXlaOverview.MAX_LIMIT;
    private static final int SLA_DAYS = ReadXlaOverview.DEFAULT_SLA_DAYS;
    private static final int TARGETS_EACH = 5;
    private static final int WARM_UP = 30;
    /** Every n-th organisation sets own targets. */
    private static final int OWN_EVERY = 5;

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final List<String> report = new ArrayList<>();
    /** A service manager: sees every organisation with the default settings, the dashboard's usual reader. */
    private final Caller manager = new Caller("bench-service-manager", Set.of(Role.SERVICE_MANAGER), Set.of(), Set.of());
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public static void main(String[] args) throws Exception {
        new XlaOverviewBenchmark().run(
                System.getProperty("bench.postgres.url", "jdbc:postgresql://127.0.0.1:5432/xla_bench"),
                Integer.getInteger("bench.organisations", 5000), Integer.getInteger("bench.ratings", 1_000_000),
                Integer.getInteger("bench.responses", 200_000), Integer.getInteger("bench.overviewRuns", 300),
                Integer.getInteger("bench.overviewNaiveRuns", 20), Integer.getInteger("bench.evaluationRuns", 2));
    }

    private void run(String url, int organisations, int ratings, int responses, int runs, int naiveRuns,
                     int evaluationRuns) throws Exception {
        if (organisations < PAGE) {
            throw new IllegalArgumentException("the overview is measured on pages of " + PAGE + " organisations");
        }
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS xla_bench CASCADE");
        }
        Database database = Database.postgres(url, "postgres", "", "xla_bench");
        EntityManagerActiveObjects ao = AoHost.start(database, PersistenceModule.NAMESPACE, PersistenceModule.entities(),
                PersistenceModule.upgradeTasks(() -> DefaultTemplate.asVersion1(clock.instant())));
        QuietServiceDesk serviceDesk = new QuietServiceDesk();
        InMemorySlaMetrics sla = new InMemorySlaMetrics(organisations, 20261207L);
        InMemoryDirectory directory = new InMemoryDirectory(organisations);
        try (XlaApp app = new XlaApp(ao, directory, serviceDesk, serviceDesk, sla, clock)) {
            DataSetGenerator generator = new DataSetGenerator(ao, organisations, NOW, 20261207L);
            String loadBefore = Timings.machineLoad();
            long start = System.nanoTime();
            DataSetGenerator.RatingSet ratingSet = generator.ratings("SD", ratings);
            DataSetGenerator.ScorecardSet scorecards = generator.scorecards(responses);
            double loadSeconds = Timings.secondsSince(start);

            PersistenceModule.Repositories repositories = PersistenceModule.repositories(ao);
            XlaTargetRepository targetStore = repositories.targets();
            List<XlaTarget> defaults = targetStore.defaults();
            if (defaults.size() != TARGETS_EACH) {
                throw new IllegalStateException("expected the " + TARGETS_EACH + " shipped defaults, found " + defaults.size());
            }
            start = System.nanoTime();
            int own = ownTargets(targetStore, organisations);
            double ownSeconds = Timings.secondsSince(start);

            line("### XLA overview (PostgreSQL)");
            line("");
            line(String.format(Locale.ROOT, "Data set: %,d organisations; %,d ticket ratings (%,d organisation rows) with "
                            + "%,d follow-ups; %,d closed rounds with %,d responses; loaded in %.0f s. Targets: the %d shipped "
                            + "defaults (seeded by the upgrade task) and %,d own targets (every %dth organisation overrides "
                            + "CSAT %% and scorecard overall), stored in %.0f s: %d effective targets per organisation.",
                    organisations, ratingSet.ratings(), ratingSet.ratingOrganisationRows(), ratingSet.followUps(),
                    scorecards.rounds(), scorecards.responses(), loadSeconds, defaults.size(), own, OWN_EVERY, ownSeconds,
                    TARGETS_EACH));
            line("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version()
                    + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB; load average "
                    + loadBefore + " before the run.");
            line("");

            evaluation(app, generator, organisations, evaluationRuns);
            try (XlaApp snapshotApp = new XlaApp(new XlaApp.Ports(directory, repositories.profiles(),
                    repositories.settings(), repositories.templates(), repositories.rounds(), repositories.responses(),
                    repositories.actions(), repositories.transactions()),
                    XlaApp.RatingPorts.of(repositories, serviceDesk, serviceDesk),
                    XlaApp.TargetPorts.withSnapshots(repositories, sla), clock)) {
                snapshots(snapshotApp, generator, organisations);
                overview(app, snapshotApp.xlaOverview(), repositories, sla, directory, organisations, runs, naiveRuns);
            }

            line("");
            line("Load average after the run: " + Timings.machineLoad() + ".");
            String text = String.join("\n", report) + "\n";
            Path out = Path.of("target", "xla-overview-benchmark.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, text);
        } finally {
            ao.close();
        }
    }

    /** Own targets of every {@link #OWN_EVERY}th organisation, through the app's repository (no evaluation yet). */
    private static int ownTargets(XlaTargetRepository store, int organisations) {
        int count = 0;
        for (long id = OWN_EVERY; id <= organisations; id += OWN_EVERY) {
            store.insert(new XlaTarget(0, id, XlaMetric.CSAT_PERCENT, null, Comparison.AT_LEAST, 85, 5,
                    TargetWindow.rollingDays(30), 10));
            store.insert(new XlaTarget(0, id, XlaMetric.SCORECARD_OVERALL, null, Comparison.AT_LEAST, 65, 5,
                    TargetWindow.latestClosedRound(), 5));
            count += 2;
        }
        return count;
    }

    // ---- the evaluation job -----------------------------------------------------------------------

    private void evaluation(XlaApp app, DataSetGenerator generator, int organisations, int runs) throws SQLException {
        line(String.format(Locale.ROOT, "#### Evaluation job over all %,d organisations (EvaluateTargets.evaluateAll, "
                + "one thread, what the scheduled job runs): measures every effective target and records its status, "
                + "one short transaction per (organisation, target).", organisations));
        line("");
        line("| Run | Organisations | Targets | Status changes | Seconds | ms per organisation |");
        line("|---|---|---|---|---|---|");
        for (int run = 1; run <= runs; run++) {
            long t0 = System.nanoTime();
            int changes = app.evaluateTargets().evaluateAll();
            double s = Timings.secondsSince(t0);
            line(String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %.1f | %.2f |",
                    run == 1 ? "1 (no status stored yet)" : run + " (same data: nothing changes)", organisations,
                    organisations * TARGETS_EACH, changes, s, 1000 * s / organisations));
        }
        line("");
        Map<String, Long> statuses = new TreeMap<>();
        long history;
        try (Connection c = generator.connect(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT \"STATUS\", COUNT(*) FROM " + generator.table(TargetStatusAo.class)
                    + " GROUP BY \"STATUS\"")) {
                while (r.next()) {
                    statuses.put(r.getString(1), r.getLong(2));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + generator.table(TargetHistoryAo.class))) {
                r.next();
                history = r.getLong(1);
            }
            // Fresh planner statistics for the status and target rows the evaluation just wrote, as autovacuum would leave them.
            s.execute("VACUUM ANALYZE " + generator.table(TargetStatusAo.class));
            s.execute("VACUUM ANALYZE " + generator.table(TargetHistoryAo.class));
            s.execute("VACUUM ANALYZE " + generator.table(XlaTargetAo.class));
        }
        long stored = statuses.values().stream().mapToLong(Long::longValue).sum();
        line(String.format(Locale.ROOT, "Stored: %,d status rows %s, %,d history rows.", stored, statuses, history));
        line("");
        if (stored != (long) organisations * TARGETS_EACH) {
            throw new IllegalStateException("expected " + organisations * TARGETS_EACH + " statuses, found " + stored);
        }
    }

    // ---- the SLA snapshots -------------------------------------------------------------------------

    /** One run of the snapshot refresh: the figures come from memory, so this times the stores, not JSM. */
    private void snapshots(XlaApp app, DataSetGenerator generator, int organisations) throws SQLException {
        long t0 = System.nanoTime();
        RefreshReport report = app.refreshSlaSnapshots().refreshAll();
        double s = Timings.secondsSince(t0);
        if (report.refreshed() != organisations || report.failed() != 0) {
            throw new IllegalStateException("snapshot refresh: " + report);
        }
        try (Connection c = generator.connect(); Statement st = c.createStatement()) {
            st.execute("VACUUM ANALYZE " + generator.table(SlaSnapshotAo.class));
        }
        line(String.format(Locale.ROOT, "#### SLA snapshot refresh (RefreshSlaSnapshots.refreshAll, what the SLA snapshot "
                        + "job runs) over all %,d organisations, windows %s, SLA figures from memory (no JSM): %,d rows "
                        + "stored in %.1f s (%.2f ms per organisation, one transaction each).", organisations,
                ReadXlaOverview.OFFERED_SLA_DAYS, organisations * ReadXlaOverview.OFFERED_SLA_DAYS.size(), s,
                1000 * s / organisations));
        line("");
    }

    // ---- the overview -----------------------------------------------------------------------------

    private interface Overview {
        Page<OrganisationOverview> read(int start);
    }

    private void overview(XlaApp app, ReadXlaOverview snapshotPort, PersistenceModule.Repositories repositories,
                          InMemorySlaMetrics sla, InMemoryDirectory directory, int organisations, int runs, int naiveRuns) {
        ReadXlaOverview port = app.xlaOverview();
        Overview real = start -> port.overview(manager, Set.of(), SLA_DAYS, start, PAGE);
        Overview fromSnapshots = start -> snapshotPort.overview(manager, Set.of(), SLA_DAYS, start, PAGE);
        Overview naive = start -> naiveOverview(app, sla, directory, start);
        int pages = organisations / PAGE;

        // Same answer both ways, on every page: the naive way is a baseline, not a different feature.
        for (int page = 0; page < pages; page++) {
            Page<OrganisationOverview> a = real.read(page * PAGE);
            Page<OrganisationOverview> b = naive.read(page * PAGE);
            check(a, page);
            if (!a.items().equals(b.items()) || a.total() != b.total()) {
                throw new IllegalStateException("the naive overview differs from the app's on page " + page);
            }
            Page<OrganisationOverview> c = fromSnapshots.read(page * PAGE);
            if (!a.items().equals(c.items()) || a.total() != c.total()) {
                throw new IllegalStateException("the overview from SLA snapshots differs on page " + page);
            }
        }

        Timings portTimes = new Timings(runs);
        Timings restTimes = new Timings(runs);
        Timings naivePortTimes = new Timings(naiveRuns);
        Timings naiveRestTimes = new Timings(naiveRuns);
        Timings snapshotTimes = new Timings(runs);
        Timings snapshotRestTimes = new Timings(runs);
        int naiveEvery = Math.max(1, runs / Math.max(1, naiveRuns));
        int naiveWarmUp = 2;
        long[] gcBefore = null;
        long bytes = 0;
        int watermelons = 0;
        for (int i = -WARM_UP; i < runs; i++) {
            int start = Math.floorMod(i, pages) * PAGE;
            boolean timed = i >= 0;
            if (i == 0) {
                gcBefore = new long[]{gcCount(), gcMillis()};
            }
            boolean naiveNow = (timed && i % naiveEvery == 0 && naivePortTimes.size() < naiveRuns) || (!timed && i < -WARM_UP + naiveWarmUp);
            // Alternate which way goes first, so neither profits from the other having read the page into the caches.
            boolean naiveFirst = naiveNow && Math.floorMod(i / naiveEvery, 2) == 1;
            if (naiveFirst) {
                timeOne(naive, start, timed ? naivePortTimes : null, timed ? naiveRestTimes : null);
            }
            // The snapshot-wired overview on the same page, alternately before and after the in-memory one.
            boolean snapshotFirst = Math.floorMod(i, 2) == 1;
            if (snapshotFirst) {
                timeOne(fromSnapshots, start, timed ? snapshotTimes : null, timed ? snapshotRestTimes : null);
            }
            long[] sizes = timeOne(real, start, timed ? portTimes : null, timed ? restTimes : null);
            if (!snapshotFirst) {
                timeOne(fromSnapshots, start, timed ? snapshotTimes : null, timed ? snapshotRestTimes : null);
            }
            if (naiveNow && !naiveFirst) {
                timeOne(naive, start, timed ? naivePortTimes : null, timed ? naiveRestTimes : null);
            }
            if (timed && i < pages) {
                bytes = Math.max(bytes, sizes[0]);
                watermelons += (int) sizes[1];
            }
        }

        line(String.format(Locale.ROOT, "#### XLA overview: %,d organisations x %d targets per call (a page of %,d, the "
                        + "API's maximum; pages rotate over all %,d organisations), after %d warm-up calls, one thread. "
                        + "Caller: a service manager who sees all organisations. SLA window %d days from an in-memory SLA "
                        + "source. Largest JSON answer %,d bytes; %,d watermelons over the %d pages. Target: <= 150 ms.",
                PAGE, TARGETS_EACH, PAGE, organisations, WARM_UP, SLA_DAYS, bytes, watermelons, pages));
        line("");
        line(Timings.header());
        line(portTimes.row("ReadXlaOverview.overview (the in-port the REST resource calls: directory page, defaults, "
                + "own targets, statuses, SLA batch)"));
        line(restTimes.row("the same plus the REST resource's DTO mapping and JSON (Jackson), without HTTP"));
        line(snapshotTimes.row("ReadXlaOverview.overview as wired in Jira: SLA figures from the stored snapshots "
                + "(SnapshotSlaMetrics over SLA_SNAPSHOT)"));
        line(snapshotRestTimes.row("the same plus DTO mapping and JSON"));
        line(naivePortTimes.row("naive baseline: ManageTargets.effective and the SLA source once per organisation (N+1)"));
        line(naiveRestTimes.row("naive baseline plus DTO mapping and JSON"));
        line("");
        line(String.format(Locale.ROOT, "Garbage collection during the timed calls (all three ways, %,d + %,d + %,d calls): "
                + "%,d collections, %,d ms in all.", runs, runs, naiveRuns, gcCount() - gcBefore[0], gcMillis() - gcBefore[1]));
        line("");
        breakdown(repositories, directory, pages, runs);
    }

    /**
     * Where the overview's time goes: each read it makes, for the same pages, timed on its own through
     * the same repositories.
     */
    private void breakdown(PersistenceModule.Repositories repositories, InMemoryDirectory directory, int pages, int runs) {
        String[] parts = {"directory page of 1,000 (in memory here; JSM's organisation service in Jira)",
                "access scope (app settings)", "XlaTargetRepository.defaults", "XlaTargetRepository.ofOrganisations (1,000 ids)",
                "TargetStatusRepository.ofOrganisations (1,000 ids, 5,000 rows)",
                "SlaSnapshotRepository.ofOrganisations (1,000 ids, 30 days)"};
        Timings[] timings = new Timings[parts.length];
        for (int k = 0; k < parts.length; k++) {
            timings[k] = new Timings(runs);
        }
        long[] nanos = new long[parts.length + 1];
        for (int i = -WARM_UP; i < runs; i++) {
            int start = Math.floorMod(i, pages) * PAGE;
            nanos[0] = System.nanoTime();
            List<Long> ids = new ArrayList<>();
            for (int offset = start; ids.size() < PAGE; offset += PageRequest.MAX_LIMIT) {
                directory.list(new PageRequest(offset, PageRequest.MAX_LIMIT)).items().forEach(o -> ids.add(o.id()));
            }
            nanos[1] = System.nanoTime();
            repositories.settings().load();
            nanos[2] = System.nanoTime();
            repositories.targets().defaults();
            nanos[3] = System.nanoTime();
            repositories.targets().ofOrganisations(ids);
            nanos[4] = System.nanoTime();
            repositories.targetStatuses().ofOrganisations(ids);
            nanos[5] = System.nanoTime();
            repositories.slaSnapshots().ofOrganisations(ids, SLA_DAYS);
            nanos[6] = System.nanoTime();
            if (i >= 0) {
                for (int k = 0; k < parts.length; k++) {
                    timings[k].add(nanos[k + 1] - nanos[k]);
                }
            }
        }
        line("Where the overview's time goes (each read it makes, timed separately on the same pages):");
        line("");
        line(Timings.header());
        for (int k = 0; k < parts.length; k++) {
            line(timings[k].row(parts[k]));
        }
        line("");
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    /** @return the JSON length and the number of watermelons */
    private long[] timeOne(Overview overview, int start, Timings port, Timings rest) {
        long t0 = System.nanoTime();
        Page<OrganisationOverview> page = overview.read(start);
        long t1 = System.nanoTime();
        byte[] body;
        try {
            body = json.writeValueAsBytes(PageDto.from(page, XlaOverviewDto::from));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        long t2 = System.nanoTime();
        if (port != null) {
            port.add(t1 - t0);
            rest.add(t2 - t0);
        }
        return new long[]{body.length, page.items().stream().filter(OrganisationOverview::watermelon).count()};
    }

    private static void check(Page<OrganisationOverview> page, int number) {
        if (page.items().size() != PAGE) {
            throw new IllegalStateException("page " + number + " holds " + page.items().size() + " organisations");
        }
        for (OrganisationOverview row : page.items()) {
            if (row.targets().size() != TARGETS_EACH || row.targets().stream().anyMatch(v -> v.state() == null)) {
                throw new IllegalStateException(row.organisation() + " has not " + TARGETS_EACH + " evaluated targets");
            }
        }
    }

    /**
     * The overview built from what already existed per organisation: the organisation page's
     * {@code ManageTargets.effective} (visibility check, defaults and own targets, statuses) and the
     * SLA source's single-organisation read, once for each organisation of the page.
     */
    private Page<OrganisationOverview> naiveOverview(XlaApp app, InMemorySlaMetrics sla, InMemoryDirectory directory,
                                                     int start) {
        List<OrganisationRef> refs = new ArrayList<>();
        long total = 0;
        for (int offset = start; refs.size() < PAGE; ) {
            Page<OrganisationRef> chunk = directory.list(new PageRequest(offset, Math.min(PageRequest.MAX_LIMIT, PAGE - refs.size())));
            refs.addAll(chunk.items());
            total = chunk.total();
            offset += chunk.items().size();
            if (chunk.items().isEmpty() || chunk.isLastPage()) {
                break;
            }
        }
        Instant from = NOW.minus(Duration.ofDays(SLA_DAYS));
        List<OrganisationOverview> rows = new ArrayList<>();
        for (OrganisationRef ref : refs) {
            List<TargetView> targets = app.targets().effective(manager, ref.id());
            SlaFigures figures = sla.cycles(ref.id(), from, NOW).filter(c -> c.met() + c.breached() > 0)
                    .map((SlaCycles c) -> SlaFigures.of(c.met(), c.breached(), SLA_DAYS)).orElse(null);
            rows.add(OrganisationOverview.of(ref, figures, targets));
        }
        return new Page<>(rows, start, PAGE, total);
    }

    private void line(String text) {
        report.add(text);
        System.out.println(text);
    }
}
