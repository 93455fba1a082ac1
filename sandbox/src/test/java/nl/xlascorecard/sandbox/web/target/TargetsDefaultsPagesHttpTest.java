package nl.xlascorecard.sandbox.web.target;

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

    /** The organisation's own targets page: who may see the organisation gets it; hidden and missing look alike. */
    @Test
    void theOrganisationTargetsPageFollowsWhoMaySeeTheOrganisation() {
        String own = "/plugins/servlet/xla/targets?id=" + DemoOrganisations.NOORDERLICHT;
        String notTheAgents = "/plugins/servlet/xla/targets?id=" + DemoOrganisations.WATERLAND;

        HttpResponse<String> manager = server.client(DemoUsers.SERVICE_MANAGER).page(own);
        assertThat(manager.statusCode()).isEqualTo(200);
        assertThat(manager.body()).contains("id=\"xla-targets-page\"").contains("data-can-manage=\"true\"")
                .contains("id=\"xla-target-add\"");
        HttpResponse<String> agent = server.client(DemoUsers.AGENT).page(own);
        assertThat(agent.statusCode()).isEqualTo(200);
        assertThat(agent.body()).contains("data-can-manage=\"false\"").doesNotContain("id=\"xla-target-add\"");

        HttpResponse<String> hidden = server.client(DemoUsers.AGENT).page(notTheAgents);
        HttpResponse<String> missing = server.client(DemoUsers.AGENT).page("/plugins/servlet/xla/targets?id=99999");
        HttpResponse<String> malformed = server.client(DemoUsers.AGENT).page("/plugins/servlet/xla/targets?id=%3Cb%3E");
        for (HttpResponse<String> page : List.of(hidden, missing, malformed)) {
            assertThat(page.statusCode()).isEqualTo(404);
            assertThat(page.body()).doesNotContain("xla-targets-page").doesNotContain("<b>");
        }
        // The same message for hidden and missing (the header differs only in its return link).
        assertThat(mainOf(hidden)).isEqualTo(mainOf(missing));
        // The demo customer belongs to Noorderlicht, and still never sees its targets page.
        assertThat(server.client(DemoUsers.CUSTOMER).page(own).statusCode()).isEqualTo(404);
        assertThat(server.client(null).page(own).statusCode()).isEqualTo(302);
    }

    /** The app's message (heading and sentence) inside the host's decoration. */
    private static String mainOf(HttpResponse<String> page) {
        String body = page.body();
        int start = body.indexOf("id=\"xla-message-page\"");
        assertThat(start).as("the message page").isNotNegative();
        return body.substring(start, body.indexOf("</p></div>", start));
    }

    @Test
    void theAdministrationSectionLinksToTheDefaults() {
        HttpResponse<String> settings = server.client(DemoUsers.ADMIN).page("/plugins/servlet/xla/admin/settings");

        assertThat(settings.statusCode()).isEqualTo(200);
        assertThat(settings.body()).contains("id=\"xla-config-targets\" href=\"/jira" + DEFAULTS + "\"");
    }
}
