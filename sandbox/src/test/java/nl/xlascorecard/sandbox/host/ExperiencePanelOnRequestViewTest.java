package nl.xlascorecard.sandbox.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.xlascorecard.sandbox.SandboxConfig;
import nl.xlascorecard.sandbox.SandboxServer;
import nl.xlascorecard.sandbox.auth.DemoUsers;
import nl.xlascorecard.sandbox.servicedesk.DemoOrganisations;
import nl.xlascorecard.sandbox.servicedesk.ServiceRequest;

/**
 * The app's real experience panel on the request view, rendered by the host from the app's own
 * descriptor: shown on a request of an organisation even when nothing is known about it yet, and
 * absent (no markup at all, so no empty box beside the SLA panel) on a request without an
 * organisation, while the rest of the request view is there.
 */
class ExperiencePanelOnRequestViewTest {

    @TempDir
    static Path data;
    static SandboxServer server;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(SandboxConfig.forTests(data));
        ServiceRequest withOrganisation = TestRequests.resolved("ZNL-9", 9, DemoOrganisations.NOORDERLICHT, "j.devries", "Wifi");
        ServiceRequest template = TestRequests.resolved("NONE-1", 10, DemoOrganisations.NOORDERLICHT, "j.devries", "Geen organisatie");
        ServiceRequest withoutOrganisation = new ServiceRequest(template.key(), template.id(), template.summary(),
                template.reporterKey(), template.reporterName(), List.of(), template.status(), template.createdAt(),
                template.resolvedAt(), template.slas(), null);
        server.serviceDesk().requests().insertAll(List.of(withOrganisation, withoutOrganisation));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void aRequestOfAnOrganisationShowsThePanelWithNoDataYet() {
        HttpResponse<String> response = server.client(DemoUsers.AGENT).page("/browse/ZNL-9");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("id=\"sla-panel\"").contains("id=\"xla-experience-panel\"")
                .contains("Zorggroep Noorderlicht").doesNotContain("xla-panel-error");
    }

    @Test
    void aRequestWithoutAnOrganisationHasNoPanel() {
        HttpResponse<String> response = server.client(DemoUsers.ADMIN).page("/browse/NONE-1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("id=\"sla-panel\"").contains("Geen organisatie")
                .doesNotContain("xla-experience-panel");
    }
}
