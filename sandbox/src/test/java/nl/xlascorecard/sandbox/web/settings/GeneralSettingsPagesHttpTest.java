package nl.xlascorecard.sandbox.web.settings;

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
 * The general settings page over real HTTP in the sandbox: who gets it (log-in, 403), the scripts
 * it asks for, and the sandbox's "Administration" link leading to it (as Jira's UPM "Configure" does).
 */
class GeneralSettingsPagesHttpTest {

    private static final String SETTINGS = "/plugins/servlet/xla/admin/settings";

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
        HttpResponse<String> page = server.client(null).page(SETTINGS);

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).get().asString().contains("xla%2Fadmin%2Fsettings");
    }

    @Test
    void administratorsGetThePageWithItsScripts() {
        HttpResponse<String> page = server.client(DemoUsers.ADMIN).page(SETTINGS);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"xla-general-settings\"").contains("general-settings.js")
                .contains("general-settings.css").contains("xla-common.js")
                .contains("id=\"nav-admin\" href=\"/jira" + SETTINGS + "\"");
    }

    @Test
    void everyoneElseGetsTheNoAccessPage() {
        for (String user : new String[] {DemoUsers.SERVICE_MANAGER, DemoUsers.AGENT, DemoUsers.CUSTOMER}) {
            HttpResponse<String> page = server.client(user).page(SETTINGS);

            assertThat(page.statusCode()).as(user).isEqualTo(403);
            assertThat(page.body()).as(user)
                    .contains("Only Jira administrators can change the settings of XLA Scorecard.")
                    .doesNotContain("xla-general-settings").doesNotContain("general-settings.js");
        }
    }
}
