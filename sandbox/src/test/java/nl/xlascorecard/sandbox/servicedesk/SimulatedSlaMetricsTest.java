package nl.xlascorecard.sandbox.servicedesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.xlascorecard.core.target.port.out.SlaMetricsSource.SlaCycles;
import nl.xlascorecard.sandbox.SandboxConfig;
import nl.xlascorecard.sandbox.db.SandboxDatabase;
import nl.xlascorecard.sandbox.servicedesk.SlaOutcome.SlaMetric;

/** SLA cycles of the simulated service desk, counted by hand, on HSQLDB and PostgreSQL. */
class SimulatedSlaMetricsTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private static final Instant FROM = NOW.minus(Duration.ofDays(30));

    @TempDir
    Path data;

    @Test
    void countsCompletedCyclesOfRequestsResolvedInTheWindowOnHsqldb() throws SQLException {
        check(SandboxDatabase.hsqldbFile(data));
    }

    @Test
    void countsCompletedCyclesOfRequestsResolvedInTheWindowOnPostgres() throws SQLException {
        Assumptions.assumeTrue(Boolean.getBoolean("xla.test.postgres"), "PostgreSQL tests need -Dxla.test.postgres=true");
        String url = System.getProperty("xla.test.postgres.url", SandboxConfig.DEFAULT_POSTGRES_URL);
        SandboxDatabase database = SandboxDatabase.postgres(url, "postgres",
                "xla_sla_" + UUID.randomUUID().toString().substring(0, 8));
        database.prepare();
        try {
            check(database);
        } finally {
            database.dropSchema();
        }
    }

    private static void check(SandboxDatabase database) throws SQLException {
        JdbcServiceRequests requests = new JdbcServiceRequests(database);
        requests.initialise();
        requests.insertAll(List.of(
                // organisation 1: FR met + TTR breached, FR met + TTR met, FR breached + TTR still running
                request("A-1", 1, List.of(1L), 2, 30, true, 20 * 60, true),
                request("A-2", 2, List.of(1L), 3, 30, true, 10 * 60, true),
                request("A-3", 3, List.of(1L), 4, 300, true, 10 * 60, false),
                // shared by organisations 1 and 2: both cycles met, counted for each
                request("A-4", 4, List.of(1L, 2L), 5, 60, true, 60, true),
                // resolved before the window: not counted
                request("A-5", 5, List.of(2L), 40, 999, true, 9999, true),
                // exactly at the goal counts as met
                request("A-6", 6, List.of(2L), 1, 240, true, 16 * 60, true)));
        SimulatedSlaMetrics sla = new SimulatedSlaMetrics(database);

        Map<Long, SlaCycles> cycles = sla.cycles(List.of(1L, 2L, 3L), FROM, NOW);

        // 1: met FR A-1, FR A-2, TTR A-2, FR A-4, TTR A-4 = 5; breached TTR A-1, FR A-3 = 2
        assertThat(cycles.get(1L)).isEqualTo(new SlaCycles(5, 2));
        // 2: A-4 both met, A-6 both exactly at the goal = 4 met
        assertThat(cycles.get(2L)).isEqualTo(new SlaCycles(4, 0));
        assertThat(cycles).doesNotContainKey(3L);
        assertThat(sla.cycles(2L, FROM, NOW)).contains(new SlaCycles(4, 0));
        assertThat(sla.cycles(3L, FROM, NOW)).isEmpty();
        assertThat(sla.cycles(List.of(2L), NOW.minus(Duration.ofDays(2)).plusSeconds(1), NOW)).containsOnlyKeys(2L);
    }

    private static ServiceRequest request(String key, long id, List<Long> organisations, int resolvedDaysAgo,
                                          int firstResponseMinutes, boolean responded, int resolutionMinutes,
                                          boolean resolutionDone) {
        Instant resolved = NOW.minus(Duration.ofDays(resolvedDaysAgo)).plusSeconds(60);
        return new ServiceRequest(key, id, "Printer", "r", "Reporter", organisations, RequestStatus.RESOLVED,
                resolved.minus(Duration.ofDays(1)), resolved,
                List.of(new SlaOutcome(SlaMetric.TIME_TO_FIRST_RESPONSE, Duration.ofHours(4),
                                Duration.ofMinutes(firstResponseMinutes), responded),
                        new SlaOutcome(SlaMetric.TIME_TO_RESOLUTION, Duration.ofHours(16),
                                Duration.ofMinutes(resolutionMinutes), resolutionDone)),
                null);
    }
}
