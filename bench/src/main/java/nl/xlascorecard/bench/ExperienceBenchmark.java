package nl.xlascorecard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import nl.xlascorecard.aohost.AoHost;
import nl.xlascorecard.aohost.Database;
import nl.xlascorecard.aohost.EntityManagerActiveObjects;
import nl.xlascorecard.core.followup.port.in.WorkFollowUps;
import nl.xlascorecard.core.rating.domain.RatingObservation;
import nl.xlascorecard.core.rating.domain.RequestExperience;
import nl.xlascorecard.core.rating.port.in.ReadRequestExperience;
import nl.xlascorecard.core.scorecard.domain.DefaultTemplate;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.core.shared.Role;
import nl.xlascorecard.plugin.config.XlaApp;
import nl.xlascorecard.plugin.persistence.PersistenceModule;
import nl.xlascorecard.plugin.persistence.ao.FollowUpAo;
import nl.xlascorecard.plugin.persistence.ao.RatingOrgAo;
import nl.xlascorecard.plugin.persistence.ao.ResponseAo;
import nl.xlascorecard.plugin.persistence.ao.RoundAo;
import nl.xlascorecard.plugin.persistence.ao.TargetStatusAo;
import nl.xlascorecard.plugin.persistence.ao.TicketRatingAo;
import nl.xlascorecard.plugin.persistence.ao.XlaTargetAo;
import nl.xlascorecard.plugin.web.panel.ExperiencePanel;
import nl.xlascorecard.plugin.web.panel.PanelBenchmarkAccess;

/**
 * Spec section 5 and issue 3 section 6, on PostgreSQL with the spec's data set (5,000
 * organisations, 1,000,000 ticket ratings with their follow-ups, 200,000 scorecard responses; see
 * {@link DataSetGenerator}):
 * <ol>
 * <li>experience panel data for one request, p95 <= 10 ms: the plugin's real panel builder (what the
 *     issue view runs) and the one-call {@code ReadRequestExperience} in-port (what the REST resource
 *     and the sandbox use), beside a naive baseline that reads the organisation's raw rows and
 *     recomputes in Java;</li>
 * <li>rating ingestion through the real {@code RecordTicketRating} in-port, >= 1,000 ratings/s with
 *     several threads, beside a naive read-then-insert over plain JDBC;</li>
 * <li>exactly-once: the same unhappy rating delivered by 8 threads at once, many times over, must
 *     leave exactly one rating and one follow-up each (counted in the database), for both.</li>
 * </ol>
 * Everything runs in one process against one database, so the figures compare like with like.
 * Writes {@code target/experience-benchmark.md}.
 */
public final class ExperienceBenchmark {

    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
    private static final int PANEL_WARM_UP = 500;
    private static final int EXACTLY_ONCE_DELIVERIES = 8;

    private final Random random = new Random(20261207L);
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final List<String> report = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        new ExperienceBenchmark().run(
                System.getProperty("bench.postgres.url", "jdbc:postgresql://127.0.0.1:5432/xla_bench"),
                Integer.getInteger("bench.organisations", 5000), Integer.getInteger("bench.ratings", 1_000_000),
                Integer.getInteger("bench.responses", 200_000), Integer.getInteger("bench.panelRuns", 2000),
                Integer.getInteger("bench.ingestRatings", 20_000),
                Arrays.stream(System.getProperty("bench.threads", "4,8").split(",")).mapToInt(t -> Integer.parseInt(t.strip())).toArray(),
                Integer.getInteger("bench.exactlyOnceRounds", 250));
    }

    private void run(String url, int organisations, int ratings, int responses, int panelRuns, int ingestRatings,
                     int[] threadCounts, int exactlyOnceRounds) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS xla_bench CASCADE");
        }
        Database database = Database.postgres(url, "postgres", "", "xla_bench");
        EntityManagerActiveObjects ao = AoHost.start(database, PersistenceModule.NAMESPACE, PersistenceModule.entities(),
                PersistenceModule.upgradeTasks(() -> DefaultTemplate.asVersion1(clock.instant())));
        try {
            QuietServiceDesk serviceDesk = new QuietServiceDesk();
            XlaApp app = new XlaApp(ao, new InMemoryDirectory(organisations), serviceDesk, serviceDesk, clock);
            DataSetGenerator generator = new DataSetGenerator(ao, organisations, NOW, 20261207L);
            Tables tables = new Tables(generator);
            String loadBefore = Timings.machineLoad();

            long start = System.nanoTime();
            DataSetGenerator.RatingSet ratingSet = generator.ratings("SD", ratings);
            double ratingSeconds = Timings.secondsSince(start);
            start = System.nanoTime();
            DataSetGenerator.ScorecardSet scorecards = generator.scorecards(responses);
            double scorecardSeconds = Timings.secondsSince(start);
            line("### Experience panel and rating ingestion (PostgreSQL)");
            line("");
            line(String.format(Locale.ROOT, "Data set: %,d organisations; %,d ticket ratings (%,d organisation rows) "
                            + "loaded in %.0f s with %,d follow-ups (%,d open); %,d closed rounds with %,d responses "
                            + "loaded in %.0f s.", organisations, ratingSet.ratings(), ratingSet.ratingOrganisationRows(),
                    ratingSeconds, ratingSet.followUps(), ratingSet.openFollowUps(), scorecards.rounds(),
                    scorecards.responses(), scorecardSeconds));
            line("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version()
                    + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB; load average "
                    + loadBefore + " before the run.");
            line("");

            // The panel shows the organisations' XLA target lozenges: store their statuses first, as the job would have.
            start = System.nanoTime();
            int statuses = app.evaluateTargets().evaluateAll();
            line(String.format(Locale.ROOT, "XLA targets: the %d shipped defaults for every organisation, statuses "
                    + "stored by one run of the evaluation job (%,d status changes, %.0f s) before the panel is measured.",
                    app.targets().defaults(new Caller("bench-admin", Set.of(Role.ADMINISTRATOR), Set.of(), Set.of())).size(),
                    statuses, Timings.secondsSince(start)));
            line("");
            panel(app, tables, ratings, panelRuns);
            for (int threads : threadCounts) {
                ingestion(app, tables, generator, ingestRatings, threads);
            }
            exactlyOnce(app, tables, exactlyOnceRounds);
            app.close();
            line("");
            line("Load average after the run: " + Timings.machineLoad() + ".");
            String text = String.join("\n", report) + "\n";
            Path out = Path.of("target", "experience-benchmark.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, text);
        } finally {
            ao.close();
        }
    }

    // ---- (a) experience panel -------------------------------------------------------------------

    private void panel(XlaApp app, Tables tables, int ratings, int runs) throws SQLException {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < PANEL_WARM_UP + runs; i++) {
            keys.add("SD-" + (1 + random.nextInt(ratings)));
        }
        Map<String, List<Long>> organisationsOf = tables.organisationsOf(keys);
        PanelBenchmarkAccess panels = new PanelBenchmarkAccess(app, Locale.forLanguageTag("nl"));
        NaivePanel naive = new NaivePanel(tables);
        int[] followUps = new int[1];

        Call builderCall = key -> {
            List<Long> ids = organisationsOf.get(key);
            ExperiencePanel panel = panels.build(agentOf(ids), key, ids);
            if (!panel.isShown() || panel.getRating() == null) {
                throw new IllegalStateException("panel of " + key + " is missing its rating");
            }
        };
        Call portCall = key -> {
            List<Long> ids = organisationsOf.get(key);
            RequestExperience experience = app.requestExperience().forRequest(agentOf(ids), key, ids);
            if (experience.rating() == null || experience.organisations().isEmpty()) {
                throw new IllegalStateException("experience of " + key + " is missing its rating");
            }
            if (experience.followUp() != null) {
                followUps[0]++;
            }
        };
        Timings[] measured = measure(keys, runs, builderCall, portCall, naive::read);
        Timings builder = measured[0];
        Timings port = measured[1];
        Timings baseline = measured[2];

        line(String.format(Locale.ROOT, "#### (a) Experience panel data for one request: %,d random rated requests "
                + "after %,d warm-up requests, one thread, the three ways interleaved per request, viewer an agent of the request's organisations; "
                + "%,d of the %,d requests (warm-up included) have a follow-up. Target: p95 <= 10 ms.", runs,
                PANEL_WARM_UP, followUps[0], keys.size()));
        line("");
        line(Timings.header());
        line(builder.row("panel builder of the plugin (ExperiencePanelBuilder: rating, follow-up, per organisation "
                + "name, CSAT 90 d, latest round result, first 5 open follow-ups, XLA target lozenges)"));
        line(port.row("one-call in-port ReadRequestExperience.forRequest (same data, open follow-ups as counts)"));
        line(baseline.row("naive baseline: read the organisation's raw rating, follow-up, round and response rows, "
                + "recompute in Java; its targets and their status rows"));
        line("");
        breakdown(app, keys, organisationsOf, runs);
    }

    /** Where the panel builder's time goes: each in-port call it makes, timed on its own. */
    private void breakdown(XlaApp app, List<String> keys, Map<String, List<Long>> organisationsOf, int runs) {
        String[] calls = {"ReadTicketRatings.forRequest", "WorkFollowUps.forRequest", "ManageOrganisations.get",
                "ReadTicketRatings.csat (90 days)", "ReadRoundResults.latestClosed", "WorkFollowUps.queue (first 5 open)",
                "ManageTargets.effective (target lozenges)"};
        Timings[] timings = new Timings[calls.length];
        for (int k = 0; k < calls.length; k++) {
            timings[k] = new Timings(runs);
        }
        int warmUp = keys.size() - runs;
        long[] nanos = new long[calls.length + 1];
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            List<Long> ids = organisationsOf.get(key);
            long org = ids.get(0);
            Caller caller = agentOf(ids);
            nanos[0] = System.nanoTime();
            app.ratings().forRequest(caller, key);
            nanos[1] = System.nanoTime();
            app.followUps().forRequest(caller, key);
            nanos[2] = System.nanoTime();
            app.organisations().get(caller, org);
            nanos[3] = System.nanoTime();
            app.ratings().csat(caller, org, ReadRequestExperience.CSAT_DAYS);
            nanos[4] = System.nanoTime();
            app.results().latestClosed(caller, org);
            nanos[5] = System.nanoTime();
            app.followUps().queue(caller, new WorkFollowUps.QueueFilter(org, null, false), PageRequest.first(5));
            nanos[6] = System.nanoTime();
            app.targets().effective(caller, org);
            nanos[7] = System.nanoTime();
            if (i >= warmUp) {
                for (int k = 0; k < calls.length; k++) {
                    timings[k].add(nanos[k + 1] - nanos[k]);
                }
            }
        }
        line("Where the panel builder's time goes (each in-port call it makes, for the request's first organisation, "
                + "timed separately on the same requests):");
        line("");
        line(Timings.header());
        for (int k = 0; k < calls.length; k++) {
            line(timings[k].row(calls[k]));
        }
        line("");
    }

    private static Caller agentOf(List<Long> organisationIds) {
        return new Caller("bench-agent", Set.of(Role.AGENT), Set.copyOf(organisationIds), Set.of());
    }

    private interface Call {
        void run(String key) throws Exception;
    }

    /**
     * Times every call on every key, the calls interleaved per key in a rotating order: whichever
     * call touches a request first pays for reading its rows into the caches, so each call comes
     * first on a third of the keys (timing one call over all keys, then the next, would favour the
     * later ones).
     */
    private static Timings[] measure(List<String> keys, int runs, Call... calls) {
        Timings[] timings = new Timings[calls.length];
        for (int c = 0; c < calls.length; c++) {
            timings[c] = new Timings(runs);
        }
        int warmUp = keys.size() - runs;
        try {
            for (int i = 0; i < keys.size(); i++) {
                for (int step = 0; step < calls.length; step++) {
                    int c = (i + step) % calls.length;
                    long t0 = System.nanoTime();
                    calls[c].run(keys.get(i));
                    if (i >= warmUp) {
                        timings[c].add(System.nanoTime() - t0);
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return timings;
    }

    /**
     * The panel's figures computed the naive way: load every raw row of the organisation (all its
     * ratings, all its follow-ups, its rounds and the responses of the two newest closed ones) and
     * count, filter and average in Java.
     */
    private static final class NaivePanel {

        private static final Map<String, String> CATEGORY_OF = categories();
        private final Tables tables;
        private final Connection connection;

        NaivePanel(Tables tables) throws SQLException {
            this.tables = tables;
            this.connection = tables.connect();
        }

        private static Map<String, String> categories() {
            Map<String, String> map = new HashMap<>();
            DefaultTemplate.categories().forEach(c -> c.statements().forEach(s -> map.put(s.key(), c.category().name())));
            return map;
        }

        void read(String key) throws SQLException {
            List<Long> organisationIds = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement("SELECT * FROM " + tables.ratings + " WHERE \"REQUEST_KEY\" = ?")) {
                s.setString(1, key);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new IllegalStateException("no rating " + key);
                    }
                    Arrays.stream(r.getString("ORG_IDS").split(",")).map(Long::valueOf).forEach(organisationIds::add);
                }
            }
            try (PreparedStatement s = connection.prepareStatement("SELECT * FROM " + tables.followUps + " WHERE \"REQUEST_KEY\" = ?")) {
                s.setString(1, key);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                }
            }
            for (long organisationId : organisationIds) {
                organisation(organisationId);
            }
        }

        private void organisation(long organisationId) throws SQLException {
            long since = NOW.minus(Duration.ofDays(90)).toEpochMilli();
            long n = 0;
            long happy = 0;
            try (PreparedStatement s = connection.prepareStatement("SELECT * FROM " + tables.ratingOrganisations + " WHERE \"ORG_ID\" = ?")) {
                s.setLong(1, organisationId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        if (r.getLong("RATED_AT") >= since) {
                            n++;
                            happy += r.getInt("RATING") >= 4 ? 1 : 0;
                        }
                    }
                }
            }
            List<long[]> open = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement("SELECT * FROM " + tables.followUps + " WHERE \"ORG_ID\" = ?")) {
                s.setLong(1, organisationId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        if ("OPEN".equals(r.getString("STATE"))) {
                            open.add(new long[]{r.getLong("DUE_AT"), r.getLong("ID")});
                        }
                    }
                }
            }
            open.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
            long overdue = open.stream().filter(f -> f[0] < NOW.toEpochMilli()).count();
            List<Long> closedRounds = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement("SELECT * FROM " + tables.rounds
                    + " WHERE \"ORG_ID\" = ? ORDER BY \"CLOSED_AT\" DESC")) {
                s.setLong(1, organisationId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        if ("CLOSED".equals(r.getString("STATE")) && closedRounds.size() < 2) {
                            closedRounds.add(r.getLong("ID"));
                        }
                    }
                }
            }
            int targets = 0;
            try (PreparedStatement s = connection.prepareStatement("SELECT * FROM " + tables.targets
                    + " WHERE \"ORG_ID\" IS NULL OR \"ORG_ID\" = ?")) {
                s.setLong(1, organisationId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        targets++;
                    }
                }
            }
            int stored = 0;
            try (PreparedStatement s = connection.prepareStatement("SELECT * FROM " + tables.targetStatuses
                    + " WHERE \"ORG_ID\" = ?")) {
                s.setLong(1, organisationId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        stored += r.getString("STATUS").isEmpty() ? 0 : 1;
                    }
                }
            }
            double[] overall = new double[closedRounds.size()];
            for (int i = 0; i < closedRounds.size(); i++) {
                overall[i] = overall(closedRounds.get(i));
            }
            if (n < 0 || overdue < 0 || overall.length > 2 || happy > n || stored > targets) {
                throw new IllegalStateException("impossible figures");
            }
        }

        /** Mean of the category means of one round's responses. */
        private double overall(long roundId) throws SQLException {
            Map<String, double[]> sums = new HashMap<>();
            try (PreparedStatement s = connection.prepareStatement("SELECT * FROM " + tables.responses + " WHERE \"ROUND_ID\" = ?")) {
                s.setLong(1, roundId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        String json = r.getString("SCORES");
                        if (json == null) {
                            continue;
                        }
                        Map<?, ?> scores = (Map<?, ?>) nl.xlascorecard.plugin.persistence.TinyJson.read(json);
                        scores.forEach((statement, score) -> {
                            double[] sum = sums.computeIfAbsent(CATEGORY_OF.get((String) statement), c -> new double[2]);
                            sum[0] += ((Number) score).doubleValue();
                            sum[1]++;
                        });
                    }
                }
            }
            return sums.values().stream().mapToDouble(sum -> sum[0] / sum[1]).average().orElse(Double.NaN);
        }
    }

    // ---- (b) ingestion -------------------------------------------------------------------------

    private void ingestion(XlaApp app, Tables tables, DataSetGenerator generator, int count, int threads) throws Exception {
        String run = "T" + threads;
        List<RatingObservation> warmUp = observations(generator, "WU" + run, 1000);
        List<RatingObservation> real = observations(generator, "IN" + run, count);
        List<RatingObservation> naiveWarmUp = observations(generator, "NW" + run, 1000);
        List<RatingObservation> naive = observations(generator, "NV" + run, count);
        NaiveIngestion naiveIngestion = new NaiveIngestion(tables);

        deliver(warmUp, threads, o -> app.recordRatings().record(o));
        Throughput app1 = deliver(real, threads, o -> app.recordRatings().record(o));
        deliver(naiveWarmUp, threads, naiveIngestion::record);
        Throughput naive1 = deliver(naive, threads, naiveIngestion::record);
        naiveIngestion.close();
        long unhappy = real.stream().filter(o -> o.rating() <= DataSetGenerator.UNHAPPY_AT_OR_BELOW).count();

        line(String.format(Locale.ROOT, "#### (b) Rating ingestion: %,d new ratings (after 1,000 warm-up), %d threads, "
                + "%,d of them unhappy. Target: >= 1,000 ratings/s.", count, threads, unhappy));
        line("");
        line("| Ingestion | Ratings/s | p50 ms | p95 ms | p99 ms | failed deliveries | rating rows | follow-up rows |");
        line("|---|---|---|---|---|---|---|---|");
        line(app1.row("RecordTicketRating in-port (real app: AO upsert, follow-up opener, one transaction)",
                tables.count(tables.ratings, "IN" + run + "-"), tables.count(tables.followUps, "IN" + run + "-")));
        line(naive1.row("naive baseline: plain JDBC read-then-insert, one transaction per rating",
                tables.count(tables.ratings, "NV" + run + "-"), tables.count(tables.followUps, "NV" + run + "-")));
        line("");
    }

    private List<RatingObservation> observations(DataSetGenerator generator, String project, int count) {
        List<RatingObservation> list = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            long org = generator.organisation();
            int rating = generator.rating(org);
            Instant ratedAt = NOW.minus(Duration.ofSeconds(60 + random.nextInt(86_400)));
            list.add(new RatingObservation(project + "-" + n, n, List.of(org), rating,
                    random.nextInt(10) < 3 ? "Opmerking bij verzoek " + n : null, ratedAt, "customer" + n, "Klant " + n));
        }
        return list;
    }

    private interface Delivery {
        void deliver(RatingObservation observation) throws Exception;
    }

    private record Throughput(int delivered, int failed, double seconds, Timings latency) {

        String row(String what, long ratingRows, long followUpRows) {
            return String.format(Locale.ROOT, "| %s | %,.0f | %.2f | %.2f | %.2f | %d | %,d | %,d |", what,
                    delivered / seconds, latency.percentileMillis(50), latency.percentileMillis(95),
                    latency.percentileMillis(99), failed, ratingRows, followUpRows);
        }
    }

    private static Throughput deliver(List<RatingObservation> observations, int threads, Delivery delivery)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long[] nanos = new long[observations.size()];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            pool.execute(() -> {
                for (int i = next.getAndIncrement(); i < observations.size(); i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    try {
                        delivery.deliver(observations.get(i));
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        failure(e);
                    }
                    nanos[i] = System.nanoTime() - t0;
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.HOURS)) {
            throw new IllegalStateException("ingestion did not finish");
        }
        double seconds = Timings.secondsSince(start);
        Timings latency = new Timings(nanos.length);
        Arrays.stream(nanos).forEach(latency::add);
        return new Throughput(observations.size(), failed.get(), seconds, latency);
    }

    /**
     * The naive way to store a rating and open its follow-up: look for the row, insert it when it is
     * missing. Correct one delivery at a time; under concurrent deliveries of one rating the loser's
     * insert hits the unique key and its transaction fails (the delivery is lost unless retried).
     */
    private static final class NaiveIngestion {

        private final Tables tables;
        private final ThreadLocal<Connection> connections;
        private final List<Connection> opened = java.util.Collections.synchronizedList(new ArrayList<>());

        NaiveIngestion(Tables tables) {
            this.tables = tables;
            this.connections = ThreadLocal.withInitial(() -> {
                try {
                    Connection c = tables.connect();
                    c.setAutoCommit(false);
                    opened.add(c);
                    return c;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        void record(RatingObservation o) throws SQLException {
            Connection c = connections.get();
            try {
                long ratedAt = o.ratedAt().toEpochMilli();
                long ratingId;
                try (PreparedStatement s = c.prepareStatement("SELECT \"ID\" FROM " + tables.ratings + " WHERE \"REQUEST_KEY\" = ?")) {
                    s.setString(1, o.requestKey());
                    try (ResultSet r = s.executeQuery()) {
                        if (r.next()) {
                            c.commit();
                            return; // already stored: the naive way ignores changes
                        }
                    }
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO " + tables.ratings + " (\"REQUEST_KEY\", "
                        + "\"REQUEST_ID\", \"RATING\", \"RATING_COMMENT\", \"RATED_AT\", \"REQUESTER_KEY\", \"REQUESTER_NAME\", "
                        + "\"ORG_IDS\", \"ROW_VERSION\", \"UPDATED_AT\") VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?) RETURNING \"ID\"")) {
                    s.setString(1, o.requestKey());
                    s.setLong(2, o.requestId());
                    s.setInt(3, o.rating());
                    s.setString(4, o.comment());
                    s.setLong(5, ratedAt);
                    s.setString(6, o.requesterKey());
                    s.setString(7, o.requesterName());
                    s.setString(8, String.valueOf(o.organisationIds().get(0)));
                    s.setLong(9, ratedAt);
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        ratingId = r.getLong(1);
                    }
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO " + tables.ratingOrganisations
                        + " (\"RATING_ID\", \"ORG_ID\", \"RATING\", \"RATED_AT\", \"REQUEST_KEY\") VALUES (?, ?, ?, ?, ?)")) {
                    s.setLong(1, ratingId);
                    s.setLong(2, o.organisationIds().get(0));
                    s.setInt(3, o.rating());
                    s.setLong(4, ratedAt);
                    s.setString(5, o.requestKey());
                    s.executeUpdate();
                }
                if (o.rating() <= DataSetGenerator.UNHAPPY_AT_OR_BELOW && !followUpExists(c, o.requestKey())) {
                    try (PreparedStatement s = c.prepareStatement("INSERT INTO " + tables.followUps + " (\"REQUEST_KEY\", "
                            + "\"ORG_ID\", \"RATING\", \"RATED_AT\", \"CREATED_AT\", \"DUE_AT\", \"STATE\", \"ATTEMPTS\", "
                            + "\"RAISED_ABOVE\", \"ROW_VERSION\") VALUES (?, ?, ?, ?, ?, ?, 'OPEN', 0, false, 0)")) {
                        s.setString(1, o.requestKey());
                        s.setLong(2, o.organisationIds().get(0));
                        s.setInt(3, o.rating());
                        s.setLong(4, ratedAt);
                        s.setLong(5, NOW.toEpochMilli());
                        s.setLong(6, ratedAt + Duration.ofDays(1).toMillis());
                        s.executeUpdate();
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }

        /** The database is shared with other work: give the connections back. */
        void close() throws SQLException {
            for (Connection c : opened) {
                c.close();
            }
        }

        private boolean followUpExists(Connection c, String key) throws SQLException {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM " + tables.followUps + " WHERE \"REQUEST_KEY\" = ?")) {
                s.setString(1, key);
                try (ResultSet r = s.executeQuery()) {
                    return r.next();
                }
            }
        }
    }

    // ---- exactly once --------------------------------------------------------------------------

    private void exactlyOnce(XlaApp app, Tables tables, int rounds) throws Exception {
        NaiveIngestion naive = new NaiveIngestion(tables);
        int appFailures = concurrentDeliveries("EO", rounds, o -> app.recordRatings().record(o));
        int naiveFailures = concurrentDeliveries("NE", rounds, naive::record);
        naive.close();
        line(String.format(Locale.ROOT, "#### (b) Exactly once: the same 1-star rating delivered by %d threads at once, "
                + "%,d times over (%,d deliveries each). Target: exactly one rating and one follow-up per request, "
                + "no delivery lost.", EXACTLY_ONCE_DELIVERIES, rounds, rounds * EXACTLY_ONCE_DELIVERIES));
        line("");
        line("| Ingestion | requests | rating rows | follow-up rows | requests with != 1 follow-up | failed deliveries |");
        line("|---|---|---|---|---|---|");
        line(String.format(Locale.ROOT, "| RecordTicketRating in-port | %,d | %,d | %,d | %d | %d |", rounds,
                tables.count(tables.ratings, "EO-"), tables.count(tables.followUps, "EO-"),
                tables.notExactlyOne(tables.followUps, "EO-", rounds), appFailures));
        line(String.format(Locale.ROOT, "| naive baseline (read-then-insert) | %,d | %,d | %,d | %d | %d |", rounds,
                tables.count(tables.ratings, "NE-"), tables.count(tables.followUps, "NE-"),
                tables.notExactlyOne(tables.followUps, "NE-", rounds), naiveFailures));
    }

    /** Delivers each of {@code rounds} unhappy ratings from 8 threads released together; returns the failed deliveries. */
    private int concurrentDeliveries(String project, int rounds, Delivery delivery) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(EXACTLY_ONCE_DELIVERIES);
        int failed = 0;
        try {
            for (int n = 1; n <= rounds; n++) {
                RatingObservation o = new RatingObservation(project + "-" + n, n, List.of(1L + random.nextInt(5000)), 1,
                        "Niemand belde terug.", NOW.minus(Duration.ofMinutes(5)), "customer" + n, "Klant " + n);
                CyclicBarrier together = new CyclicBarrier(EXACTLY_ONCE_DELIVERIES);
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < EXACTLY_ONCE_DELIVERIES; t++) {
                    futures.add(pool.submit(() -> {
                        together.await();
                        delivery.deliver(o);
                        return null;
                    }));
                }
                for (Future<?> f : futures) {
                    try {
                        f.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        failed++;
                        failure(e.getCause());
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return failed;
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** The app's table names, as AO created them, for the baselines and the counts. */
    private static final class Tables {

        final String ratings;
        final String ratingOrganisations;
        final String followUps;
        final String rounds;
        final String responses;
        final String targets;
        final String targetStatuses;
        private final DataSetGenerator generator;

        Tables(DataSetGenerator generator) {
            this.generator = generator;
            this.ratings = generator.table(TicketRatingAo.class);
            this.ratingOrganisations = generator.table(RatingOrgAo.class);
            this.followUps = generator.table(FollowUpAo.class);
            this.rounds = generator.table(RoundAo.class);
            this.responses = generator.table(ResponseAo.class);
            this.targets = generator.table(XlaTargetAo.class);
            this.targetStatuses = generator.table(TargetStatusAo.class);
        }

        Connection connect() throws SQLException {
            return generator.connect();
        }

        long count(String table, String keyPrefix) throws SQLException {
            try (Connection c = connect();
                 PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE \"REQUEST_KEY\" LIKE ?")) {
                s.setString(1, keyPrefix + "%");
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        }

        /** Requests {@code <prefix>1..n} that do not have exactly one row in the table. */
        long notExactlyOne(String table, String keyPrefix, int n) throws SQLException {
            try (Connection c = connect();
                 PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM generate_series(1, ?) AS g(n) WHERE "
                         + "(SELECT COUNT(*) FROM " + table + " t WHERE t.\"REQUEST_KEY\" = ? || g.n) <> 1")) {
                s.setInt(1, n);
                s.setString(2, keyPrefix);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        }

        /** The organisations stored with each rated request, as the issue would list them. */
        Map<String, List<Long>> organisationsOf(List<String> keys) throws SQLException {
            Map<String, List<Long>> result = new HashMap<>();
            try (Connection c = connect();
                 PreparedStatement s = c.prepareStatement("SELECT \"REQUEST_KEY\", \"ORG_IDS\" FROM " + ratings
                         + " WHERE \"REQUEST_KEY\" = ANY (?)")) {
                s.setArray(1, c.createArrayOf("varchar", keys.toArray()));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        result.put(r.getString(1), Arrays.stream(r.getString(2).split(",")).map(Long::valueOf).toList());
                    }
                }
            }
            return result;
        }
    }

    /** Failures are counted in the report; the first of each kind is printed so that it can be looked into. */
    private static final Set<String> FAILURE_KINDS = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static void failure(Throwable e) {
        String kind = e.getClass().getName() + ": " + String.valueOf(e.getMessage()).split("\n")[0];
        if (FAILURE_KINDS.add(e.getClass().getName())) {
            System.out.println("(a delivery failed: " + kind + ")");
        }
    }

    private void line(String text) {
        report.add(text);
        System.out.println(text);
    }
}
