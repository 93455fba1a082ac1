package nl.xlascorecard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import nl.xlascorecard.aohost.AoHost;
import nl.xlascorecard.aohost.Database;
import nl.xlascorecard.aohost.EntityManagerActiveObjects;
import nl.xlascorecard.core.scorecard.domain.DefaultTemplate;
import nl.xlascorecard.core.scorecard.domain.RespondentRole;
import nl.xlascorecard.core.scorecard.domain.Response;
import nl.xlascorecard.core.scorecard.domain.Round;
import nl.xlascorecard.core.scorecard.domain.RoundKind;
import nl.xlascorecard.core.scorecard.domain.RoundResult;
import nl.xlascorecard.core.scorecard.domain.RoundState;
import nl.xlascorecard.core.scorecard.domain.TemplateStatement;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.Role;
import nl.xlascorecard.plugin.config.XlaApp;
import nl.xlascorecard.plugin.persistence.PersistenceModule;

/**
 * Spec section 5: "Round result for 500 responses: <= 20 ms", on the spec's data set (5,000
 * organisations, 200,000 scorecard responses) on PostgreSQL. Measures the whole in-port call an
 * HTTP request makes (visibility checks, loading the round, its previous closed round and the
 * baseline with all their responses, the statistics), not the HTTP layer.
 *
 * <p>The bulk data is written through the app's own AO repositories (no validation, one
 * transaction per organisation) so that generating 200,000 responses takes minutes, not hours.
 */
public final class RoundResultBenchmark {

    private static final int FOCUS_RESPONSES = 500;
    private static final int WARM_UP = 50;
    private static final int RUNS = 300;
    private static final Caller ADMIN = new Caller("bench-admin", Set.of(Role.ADMINISTRATOR), Set.of(), Set.of());
    private static final List<String> STATEMENT_KEYS = DefaultTemplate.categories().stream()
            .flatMap(c -> c.statements().stream()).map(TemplateStatement::key).toList();

    private final Random random = new Random(20261124L);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-02T09:00:00Z"), ZoneOffset.UTC);

    public static void main(String[] args) throws Exception {
        new RoundResultBenchmark().run(System.getProperty("bench.db", "postgres"),
                Integer.getInteger("bench.organisations", 5000), Integer.getInteger("bench.responses", 200_000));
    }

    private void run(String db, int organisations, int responses) throws SQLException, IOException {
        Database database = database(db);
        EntityManagerActiveObjects ao = AoHost.start(database, PersistenceModule.NAMESPACE, PersistenceModule.entities(),
                PersistenceModule.upgradeTasks(() -> DefaultTemplate.asVersion1(clock.instant())));
        try {
            QuietServiceDesk serviceDesk = new QuietServiceDesk();
            XlaApp app = new XlaApp(ao, new InMemoryDirectory(organisations), serviceDesk, serviceDesk, clock);
            PersistenceModule.Repositories store = PersistenceModule.repositories(ao);

            long start = System.nanoTime();
            long[] focusRounds = generate(store, organisations, responses);
            double generationSeconds = (System.nanoTime() - start) / 1e9;

            Timings focus = measure(() -> app.results().result(ADMIN, focusRounds[2]));
            Timings small = measure(() -> app.results().latestClosed(ADMIN, 2 + random.nextInt(organisations - 1)));

            String report = report(db, organisations, responses, generationSeconds, focus, small);
            System.out.println(report);
            Path out = Path.of("target", "round-result-benchmark.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
        } finally {
            ao.close();
        }
    }

    private Database database(String db) throws SQLException {
        if (!"postgres".equals(db)) {
            return Database.hsqldbMemory("bench");
        }
        String url = System.getProperty("bench.postgres.url", "jdbc:postgresql://127.0.0.1:5432/xla_bench");
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS xla_bench CASCADE");
        }
        return Database.postgres(url, "postgres", "", "xla_bench");
    }

    /** Returns the focus organisation's baseline, previous and current round ids. */
    private long[] generate(PersistenceModule.Repositories store, int organisations, int responses) {
        long[] focus = new long[3];
        store.transactions().inTransaction(() -> {
            for (int i = 0; i < 3; i++) {
                focus[i] = round(store, 1, i, FOCUS_RESPONSES, 55 + 8 * i);
            }
            return null;
        });
        int perOrganisation = Math.max(4, responses / organisations);
        for (long org = 2; org <= organisations; org++) {
            long organisationId = org;
            store.transactions().inTransaction(() -> {
                for (int i = 0; i < 4; i++) {
                    round(store, organisationId, i, perOrganisation / 4, 50 + random.nextInt(30));
                }
                return null;
            });
            if (org % 500 == 0) {
                System.out.printf(Locale.ROOT, "generated %d of %d organisations%n", org, organisations);
            }
        }
        return focus;
    }

    private long round(PersistenceModule.Repositories store, long organisationId, int index, int count, int centre) {
        LocalDate opens = LocalDate.of(2025, 10, 1).plusMonths(4L * index);
        Instant closedAt = opens.plusDays(21).atStartOfDay().toInstant(ZoneOffset.UTC);
        Round round = store.rounds().insert(new Round(0, organisationId, index == 0 ? RoundKind.BASELINE : RoundKind.PERIODIC,
                null, opens, opens.plusDays(21), RoundState.CLOSED, DefaultTemplate.VERSION, false, count * 2,
                closedAt.minus(30, ChronoUnit.DAYS), "bench", closedAt.minus(21, ChronoUnit.DAYS), closedAt, 0));
        RespondentRole[] roles = RespondentRole.values();
        for (int r = 0; r < count; r++) {
            Map<String, Integer> scores = new HashMap<>();
            for (String key : STATEMENT_KEYS) {
                if (random.nextInt(10) > 0) {  // about one in ten statements "no opinion"
                    scores.put(key, Math.max(1, Math.min(100, centre + (int) Math.round(random.nextGaussian() * 12))));
                }
            }
            store.responses().upsert(new Response(0, round.id(), roles[r % roles.length], null, null, scores, Map.of(),
                    null, closedAt.minus(1, ChronoUnit.DAYS)));
        }
        return round.id();
    }

    private Timings measure(java.util.function.Supplier<RoundResult> call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.get();
        }
        Timings timings = new Timings(RUNS);
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            call.get();
            timings.add(System.nanoTime() - t0);
        }
        return timings;
    }

    private static String report(String db, int organisations, int responses, double generationSeconds, Timings focus,
                                 Timings small) {
        return String.join("\n",
                "### Round result (" + db + ")",
                "",
                String.format(Locale.ROOT, "Data set: %,d organisations, about %,d scorecard responses (generated in %.0f s).",
                        organisations, responses, generationSeconds),
                "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version()
                        + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB.",
                "",
                Timings.header(),
                focus.row("result of a round with 500 responses (+ previous and baseline, 500 each)"),
                small.row("latest closed result of a random organisation (about 10 responses a round)"),
                "");
    }
}
