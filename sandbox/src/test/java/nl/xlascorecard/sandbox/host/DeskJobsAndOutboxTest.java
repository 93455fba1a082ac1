package nl.xlascorecard.sandbox.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.xlascorecard.core.followup.domain.FollowUpNotice;
import nl.xlascorecard.core.rating.domain.RatingObservation;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.sandbox.SandboxConfig;
import nl.xlascorecard.sandbox.SandboxServer;
import nl.xlascorecard.sandbox.auth.DemoUsers;
import nl.xlascorecard.sandbox.jobs.JobSchedule;
import nl.xlascorecard.sandbox.outbox.OutboxEntry;
import nl.xlascorecard.sandbox.servicedesk.DemoOrganisations;
import nl.xlascorecard.sandbox.servicedesk.ServiceRequest.Feedback;

/**
 * The scheduled jobs on one node (HSQLDB): the reminder job escalates an overdue follow-up into the
 * outbox, the reconciliation job finds a rating whose delivery was missed; the outbox page lists
 * what was sent for administrators and service managers only; a restart keeps requests, ratings and
 * the outbox.
 */
class DeskJobsAndOutboxTest {

    /** Wednesday 11 March 2026, 14:00 in Amsterdam. */
    private static final Instant NOW = Instant.parse("2026-03-11T13:00:00Z");
    private static final Caller SM = DemoUsers.find(DemoUsers.SERVICE_MANAGER).orElseThrow().caller();

    @TempDir
    Path data;

    private SandboxConfig config() {
        return TestPlugin.config(data).withClock(Clock.fixed(NOW, ZoneId.of("Europe/Amsterdam")))
                .withJobs(JobSchedule.every(Duration.ofMillis(100)));
    }

    @Test
    void jobsSendEscalationsAndReconcileMissedRatingsTheOutboxShowsThemAndARestartKeepsEverything() throws InterruptedException {
        SandboxServer server = SandboxServer.start(config());
        try {
            server.app().recordRatings().record(new RatingObservation("ZNL-5", 5, List.of(DemoOrganisations.NOORDERLICHT), 1,
                    "Slecht", Instant.parse("2026-03-04T10:00:00Z"), "j.devries", "Johan <de> Vries"));
            // A rating JSM has but whose event the app missed: only the reconciliation job can find it.
            server.serviceDesk().requests().insertAll(List.of(
                    TestRequests.resolved("STR-8", 8, DemoOrganisations.RIVIERENLAND, "h.smit", "VPN")));
            server.serviceDesk().requests().saveFeedback("STR-8", new Feedback(5, "Top", NOW.minus(Duration.ofHours(1))));

            waitFor(() -> !server.serviceDesk().outbox().newest(10).isEmpty()
                    && server.app().ratings().forRequest(SM, "STR-8").isPresent());

            List<OutboxEntry> sent = server.serviceDesk().outbox().newest(10);
            assertThat(sent).singleElement().satisfies(entry -> {
                assertThat(entry.kind()).isEqualTo(FollowUpNotice.Kind.ESCALATION);
                assertThat(entry.requestKey()).isEqualTo("ZNL-5");
                assertThat(entry.organisationName()).isEqualTo("Zorggroep Noorderlicht");
                assertThat(entry.node()).isEqualTo(SandboxConfig.DEFAULT_NODE);
            });
            assertThat(server.app().ratings().forRequest(SM, "STR-8").orElseThrow().rating()).isEqualTo(5);

            HttpResponse<String> page = server.client(DemoUsers.SERVICE_MANAGER).page("/secure/outbox");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("id=\"outbox\"").contains("data-kind=\"ESCALATION\" data-request=\"ZNL-5\"")
                    .contains("href=\"/jira/browse/ZNL-5\"").contains("Escalation").contains("id=\"nav-outbox\"");
            assertThat(server.client(DemoUsers.ADMIN).page("/secure/outbox").statusCode()).isEqualTo(200);
            assertThat(server.client(DemoUsers.AGENT).page("/secure/outbox").statusCode()).isEqualTo(403);
            assertThat(server.client(DemoUsers.CUSTOMER).page("/secure/outbox").statusCode()).isEqualTo(403);
            assertThat(server.client(null).page("/secure/outbox").statusCode()).isEqualTo(302);
        } finally {
            server.stop();
        }

        SandboxServer restarted = SandboxServer.start(config().withJobs(JobSchedule.OFF));
        try {
            assertThat(restarted.serviceDesk().outbox().newest(10)).singleElement()
                    .satisfies(entry -> assertThat(entry.requestKey()).isEqualTo("ZNL-5"));
            assertThat(restarted.serviceDesk().requests().find("STR-8").orElseThrow().feedback().rating()).isEqualTo(5);
            assertThat(restarted.app().ratings().forRequest(SM, "ZNL-5").orElseThrow().rating()).isEqualTo(1);
            assertThat(restarted.app().followUps().forRequest(SM, "ZNL-5").orElseThrow().followUp().escalatedAt()).isNotNull();
        } finally {
            restarted.stop();
        }
    }

    @Test
    void theOutboxPageEscapesWhatItShowsAndListsTheNewestFirst() {
        SandboxServer server = SandboxServer.start(TestPlugin.config(data));
        try {
            var followUp = server.app().recordRatings().record(new RatingObservation("ZNL-6", 6,
                    List.of(DemoOrganisations.NOORDERLICHT), 1, null, Instant.now().minus(Duration.ofHours(1)), "x", "X"))
                    .followUp().orElseThrow();
            server.serviceDesk().outbox().send(new FollowUpNotice(FollowUpNotice.Kind.REMINDER, followUp,
                    "<script>alert(1)</script>", List.of(DemoUsers.SERVICE_MANAGER), null));
            server.serviceDesk().outbox().send(new FollowUpNotice(FollowUpNotice.Kind.ESCALATION, followUp,
                    "Zorggroep Noorderlicht", List.of(), "jira-servicedesk-managers"));

            String page = server.client(DemoUsers.ADMIN).page("/secure/outbox").body();

            assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)</script>")
                    .contains("Sanne de Vries").contains("group jira-servicedesk-managers");
            assertThat(page.indexOf("data-kind=\"ESCALATION\"")).as("newest first").isLessThan(page.indexOf("data-kind=\"REMINDER\""));
        } finally {
            server.stop();
        }
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(condition.getAsBoolean()).as("within 20 seconds").isTrue();
    }
}
