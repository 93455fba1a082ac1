package nl.xlascorecard.sandbox.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import nl.xlascorecard.core.followup.domain.FollowUpNotice;
import nl.xlascorecard.core.rating.domain.RatingObservation;
import nl.xlascorecard.sandbox.SandboxConfig;
import nl.xlascorecard.sandbox.SandboxServer;
import nl.xlascorecard.sandbox.jobs.JobSchedule;
import nl.xlascorecard.sandbox.outbox.OutboxEntry;
import nl.xlascorecard.sandbox.servicedesk.DemoOrganisations;

/**
 * Two sandbox nodes on one PostgreSQL database, both running the reminder job every 50 ms (Jira
 * would run it on one node; here both race on purpose): every reminder and every escalation reaches
 * the outbox exactly once.
 */
@EnabledIfSystemProperty(named = "xla.test.postgres", matches = "true")
class TwoNodeJobsTest {

    private static final String SCHEMA = "xla_sandbox_two_nodes_test";
    /** Wednesday 11 March 2026, 14:00 in Amsterdam: a working day, inside the default opening hours. */
    private static final Instant NOW = Instant.parse("2026-03-11T13:00:00Z");
    private static final int EACH = 8;

    private final SandboxConfig config = SandboxConfig.forPostgresTests(SCHEMA)
            .withClock(Clock.fixed(NOW, ZoneId.of("Europe/Amsterdam")))
            .withJobs(JobSchedule.every(Duration.ofMillis(50)));

    @AfterEach
    void dropSchema() throws SQLException {
        config.database().dropSchema();
    }

    @Test
    void eachReminderAndEscalationIsSentOnce() throws InterruptedException {
        SandboxServer first = SandboxServer.start(config.withNode("node1"));
        SandboxServer second = null;
        try {
            second = SandboxServer.start(config.withNode("node2"));
            for (int i = 1; i <= EACH; i++) {
                // Rated yesterday 15:00: due today about 15:00, within the 2-hour reminder lead.
                first.app().recordRatings().record(observation("STR-" + i, i, Instant.parse("2026-03-10T14:00:00Z")));
                // Rated last week: long overdue.
                second.app().recordRatings().record(observation("ZNL-" + i, 100 + i, Instant.parse("2026-03-04T10:00:00Z")));
            }

            waitForOutbox(first, 2 * EACH);
            Thread.sleep(1_000);
            List<OutboxEntry> sent = first.serviceDesk().outbox().newest(1_000);

            assertThat(sent).hasSize(2 * EACH);
            Map<String, Long> perNotice = sent.stream().collect(Collectors.groupingBy(e -> e.kind() + " " + e.requestKey(),
                    Collectors.counting()));
            assertThat(perNotice).hasSize(2 * EACH).allSatisfy((notice, count) -> assertThat(count).as(notice).isEqualTo(1));
            assertThat(sent.stream().filter(e -> e.kind() == FollowUpNotice.Kind.REMINDER).map(OutboxEntry::requestKey))
                    .allMatch(key -> key.startsWith("STR-"));
            assertThat(sent.stream().filter(e -> e.kind() == FollowUpNotice.Kind.ESCALATION).map(OutboxEntry::requestKey))
                    .allMatch(key -> key.startsWith("ZNL-"));
            assertThat(second.serviceDesk().outbox().newest(1_000)).as("one outbox for the cluster").hasSameSizeAs(sent);
        } finally {
            first.stop();
            if (second != null) {
                second.stop();
            }
        }
    }

    private static RatingObservation observation(String key, long id, Instant ratedAt) {
        long organisation = key.startsWith("STR") ? DemoOrganisations.RIVIERENLAND : DemoOrganisations.NOORDERLICHT;
        return new RatingObservation(key, id, List.of(organisation), 1, "Slecht", ratedAt, "c" + id, "Klant " + id);
    }

    private static void waitForOutbox(SandboxServer server, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline && server.serviceDesk().outbox().newest(1_000).size() < expected) {
            Thread.sleep(50);
        }
    }
}
