package nl.xlascorecard.sandbox.web.target;

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
 * The default targets page over real HTTP in the sandbox: who gets it and in which mode
 * (administrators to change, service managers to read, agents and portal customers the 403 page as
 * {@code GET targets/defaults} answers them), anonymous visitors sent to log in, and the app's
 * administration section linking to it for administrators.
 */
class TargetsDefaultsPagesHttpTest {

    private static final String DEFAULTS = "/plugins/servlet/xla/targets/defaults";

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
        HttpResponse<String> page = server.client(null).page(DEFAULTS);

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).get().asString().contains("xla%2Ftargets%2Fdefaults");
    }

    @Test
    void administratorsGetTheDefaultsToChange() {
        HttpResponse<String> page = server.client(DemoUsers.ADMIN).page(DEFAULTS);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"xla-targets-page\"").contains("data-mode=\"defaults\"")
                .contains("data-can-manage=\"true\"").contains("id=\"xla-target-add\"")
                .contains("targets-page.js").contains("targets-page.css").contains("xla-common.js");
    }

    @Test
    void serviceManagersReadTheDefaults() {
        HttpResponse<String> page = server.client(DemoUsers.SERVICE_MANAGER).page(DEFAULTS);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-mode=\"defaults\"").contains("data-can-manage=\"false\"")
                .contains("id=\"xla-defaults-readonly\"").doesNotContain("id=\"xla-target-add\"")
                .contains("targets-page.js");
    }

    @Test
    void agentsAndCustomersGetTheNoAccessPage() {
        for (String user : new String[] {DemoUsers.AGENT, DemoUsers.CUSTOMER}) {
            HttpResponse<String> page = server.client(user).page(DEFAULTS);

            assertThat(page.statusCode()).as(user).isEqualTo(403);
            assertThat(page.body()).as(user)
                    .contains("The default XLA targets are for service managers and Jira administrators.")
                    .doesNotContain("xla-targets-page").doesNotContain("targets-page.js");
        }
    }

    @Test
    void theAdministrationSectionLinksToTheDefaults() {
        HttpResponse<String> settings = server.client(DemoUsers.ADMIN).page("/plugins/servlet/xla/admin/settings");

        assertThat(settings.statusCode()).isEqualTo(200);
        assertThat(settings.body()).contains("id=\"xla-config-targets\" href=\"/jira" + DEFAULTS + "\"");
    }
}
