package nl.xlascorecard.sandbox.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.xlascorecard.sandbox.SandboxClient;
import nl.xlascorecard.sandbox.SandboxConfig;
import nl.xlascorecard.sandbox.SandboxServer;
import nl.xlascorecard.sandbox.auth.DemoUsers;

/**
 * The sandbox's dashboard host over real HTTP: the page lists the descriptor's dashboard items with
 * their AMD modules and the user's saved preferences (escaped), requires the atl.dashboard web
 * resources, and is not for portal customers; the preferences endpoint keeps each user's own
 * preferences, refuses writes without the XSRF header, unknown items and anything but an object of
 * short strings, and saves nothing then.
 */
class DashboardHostTest {

    private static final String ITEM = "/rest/sandbox/1.0/dashboard/items/follow-up-queue-dashboard-item/preferences";

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
    void preferencesAreEachUsersOwnAndSurviveAsSaved() {
        SandboxClient manager = server.client(DemoUsers.SERVICE_MANAGER);
        assertThat(manager.get(ITEM).body()).isEqualTo("{}");

        HttpResponse<String> saved = manager.put(ITEM, "{\"organisationIds\":\"2,3\",\"rows\":\"5\"}");

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(manager.get(ITEM).body()).isEqualTo("{\"organisationIds\":\"2,3\",\"rows\":\"5\"}");
        assertThat(server.client(DemoUsers.AGENT).get(ITEM).body()).isEqualTo("{}");
        // Saving again replaces (one row per user and item).
        assertThat(manager.put(ITEM, "{\"rows\":\"10\"}").statusCode()).isEqualTo(200);
        assertThat(manager.get(ITEM).body()).isEqualTo("{\"rows\":\"10\"}");
    }

    @Test
    void badWritesAreRefusedAndSaveNothing() {
        SandboxClient admin = server.client(DemoUsers.ADMIN);
        admin.put(ITEM, "{\"rows\":\"20\"}");

        HttpResponse<String> noToken = admin.send(admin.request(ITEM).header("Content-Type", "application/json")
                .header("Accept", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"rows\":\"5\"}")));
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.body()).contains("X-Atlassian-Token");

        for (String body : new String[] {"[1,2]", "{\"rows\":5}", "{\"rows\":null}", "not json", "",
                "{\"<script>\":\"x\"}", "{\"rows\":\"" + "9".repeat(DashboardPreferencesResource.MAX_VALUE + 1) + "\"}",
                tooMany()}) {
            HttpResponse<String> refused = admin.put(ITEM, body);
            assertThat(refused.statusCode()).as(body).isEqualTo(400);
            assertThat(refused.body()).as(body).startsWith("{\"errorMessages\":[],\"errors\":{\"preferences\":");
        }
        assertThat(admin.put("/rest/sandbox/1.0/dashboard/items/no-such-item/preferences", "{}").statusCode()).isEqualTo(404);
        assertThat(admin.get("/rest/sandbox/1.0/dashboard/items/no-such-item/preferences").statusCode()).isEqualTo(404);
        assertThat(admin.get(ITEM).body()).isEqualTo("{\"rows\":\"20\"}");
        assertThat(server.client(null).get(ITEM).statusCode()).isEqualTo(401);
    }

    private static String tooMany() {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i <= DashboardPreferencesResource.MAX_ENTRIES; i++) {
            json.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":\"x\"");
        }
        return json.append('}').toString();
    }

    @Test
    void theDashboardPageHostsTheDescriptorsItems() {
        SandboxClient manager = server.client(DemoUsers.SERVICE_MANAGER);
        manager.put("/rest/sandbox/1.0/dashboard/items/scorecard-profile-dashboard-item/preferences",
                "{\"organisationId\":\"\\\"><script>alert(1)</script>\"}");

        HttpResponse<String> page = manager.page("/secure/Dashboard.jspa");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Sandbox dashboard host, not Jira")
                .contains("data-amd-module=\"xla/dashboard/xla-overview\"")
                .contains("data-amd-module=\"xla/dashboard/watermelon\"")
                .contains("data-amd-module=\"xla/dashboard/satisfaction-trend\"")
                .contains("data-amd-module=\"xla/dashboard/scorecard-profile\"")
                .contains("data-amd-module=\"xla/dashboard/follow-up-queue\"")
                .contains("sandbox-amd.js").contains("sandbox-dashboard.js")
                .contains("dashboard-item-xla-overview/xla-overview-item.js")
                .contains("dashboard-items-common/dashboard-common.js")
                .contains("chartjs/chart.umd.js")
                .contains("&quot;organisationId&quot;:&quot;\\&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;")
                .doesNotContain("<script>alert(1)");
        // Agents have a Jira dashboard too (the REST API decides what each item shows them).
        assertThat(server.client(DemoUsers.AGENT).page("/secure/Dashboard.jspa").statusCode()).isEqualTo(200);
        assertThat(server.client(DemoUsers.CUSTOMER).page("/secure/Dashboard.jspa").statusCode()).isEqualTo(403);
        HttpResponse<String> anonymous = server.client(null).page("/secure/Dashboard.jspa");
        assertThat(anonymous.statusCode()).isEqualTo(302);
    }
}
