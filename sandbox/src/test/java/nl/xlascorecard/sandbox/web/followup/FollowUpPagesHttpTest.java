package nl.xlascorecard.sandbox.web.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.xlascorecard.sandbox.SandboxConfig;
import nl.xlascorecard.sandbox.SandboxServer;
import nl.xlascorecard.sandbox.auth.DemoUsers;

/**
 * The follow-up queue and the follow-up settings pages over real HTTP in the sandbox: who gets which
 * page (log-in, 403) and the scripts each page asks for.
 */
class FollowUpPagesHttpTest {

    private static final String QUEUE = "/plugins/servlet/xla/followups";
    private static final String SETTINGS = "/plugins/servlet/xla/admin/followups";

    @TempDir
    static Path data;

    private static SandboxServer server;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(SandboxConfig.forTests(data));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void anonymousVisitorsAreSentToLogIn() {
        HttpResponse<String> queue = server.client(null).page(QUEUE);
        HttpResponse<String> settings = server.client(null).page(SETTINGS);

        assertThat(queue.statusCode()).isEqualTo(302);
        assertThat(queue.headers().firstValue("Location")).get().asString().contains("xla%2Ffollowups");
        assertThat(settings.statusCode()).isEqualTo(302);
    }

    @Test
    void serviceManagersGetTheQueueWithItsScripts() {
        HttpResponse<String> page = server.client(DemoUsers.SERVICE_MANAGER).page(QUEUE);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"xla-followup-queue\"").contains("data-can-manage=\"true\"")
                .contains("data-user-key=\"" + DemoUsers.SERVICE_MANAGER + "\"")
                .contains("followup-common.js").contains("follow-up-queue.js").contains("follow-up-queue.css");
    }

    @Test
    void agentsGetTheQueueWithoutImprovementActionsAndCustomersNoAccess() {
        HttpResponse<String> agent = server.client(DemoUsers.AGENT).page(QUEUE);
        HttpResponse<String> customer = server.client(DemoUsers.CUSTOMER).page(QUEUE);

        assertThat(agent.statusCode()).isEqualTo(200);
        assertThat(agent.body()).contains("data-can-manage=\"false\"");
        assertThat(customer.statusCode()).isEqualTo(403);
        assertThat(customer.body()).doesNotContain("xla-followup-queue").doesNotContain("follow-up-queue.js");
    }

    @Test
    void onlyAdministratorsGetTheSettingsPage() {
        HttpResponse<String> admin = server.client(DemoUsers.ADMIN).page(SETTINGS);
        HttpResponse<String> serviceManager = server.client(DemoUsers.SERVICE_MANAGER).page(SETTINGS);
        HttpResponse<String> agent = server.client(DemoUsers.AGENT).page(SETTINGS);

        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("id=\"xla-followup-settings\"").contains("follow-up-settings.js");
        assertThat(serviceManager.statusCode()).isEqualTo(403);
        assertThat(serviceManager.body()).contains("Only Jira administrators can change the follow-up settings.");
        assertThat(agent.statusCode()).isEqualTo(403);
    }
}
