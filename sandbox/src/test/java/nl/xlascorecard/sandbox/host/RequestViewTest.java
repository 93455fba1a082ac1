package nl.xlascorecard.sandbox.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.xlascorecard.sandbox.SandboxServer;
import nl.xlascorecard.sandbox.auth.DemoUsers;
import nl.xlascorecard.sandbox.servicedesk.DemoOrganisations;

/**
 * The request view ({@code /browse/<key>}) with the test plugin: the simulated SLA panel and the
 * plugin's web panels of {@code atl.jira.view.issue.right.context} (context provider built by
 * constructor injection and given its params, condition honoured, sorted by weight, escaped), and
 * who may see a request.
 */
class RequestViewTest {

    @TempDir
    static Path data;
    static SandboxServer server;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(TestPlugin.config(data));
        server.serviceDesk().requests().insertAll(List.of(
                TestRequests.resolved("ZNL-7", 7, DemoOrganisations.NOORDERLICHT, "j.<devries>", "Printer <b>kapot</b> & \"stuk\""),
                TestRequests.resolved("HIDE-1", 8, DemoOrganisations.NOORDERLICHT, "j.devries", "Verborgen paneel"),
                TestRequests.resolved("GGZO-3", 9, DemoOrganisations.OOSTERVAART, "k.meijer", "Wifi")));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void showsTheRequestTheSlaPanelAndThePluginPanelsByWeight() {
        HttpResponse<String> response = server.client(DemoUsers.AGENT).page("/browse/ZNL-7");

        assertThat(response.statusCode()).isEqualTo(200);
        String page = response.body();
        assertThat(page).contains("id=\"sandbox-banner\"").contains("aui-prototyping.js")
                .contains("<h1 id=\"summary-val\">Printer &lt;b&gt;kapot&lt;/b&gt; &amp; &quot;stuk&quot;</h1>")
                .contains("Zorggroep Noorderlicht")
                .doesNotContain("<b>kapot</b>");
        String slaPanel = between(page, "id=\"sla-panel\"", "</section>");
        assertThat(slaPanel).contains("Time to first response").contains("data-state=\"met\"").contains("30m of 4h")
                .contains("Time to resolution").contains("data-state=\"breached\"").contains("20h of 16h");
        String issuePanel = between(page, "id=\"web-panel-test-issue-panel\"", "</section>");
        assertThat(issuePanel).contains("Panel for ZNL-7 by Reporter j.&lt;devries&gt; (seen by agent/agent)");
        assertThat(between(page, "id=\"web-panel-test-second-panel\"", "</section>")).contains("<h2").contains("XLA Scorecard");
        int sla = page.indexOf("id=\"sla-panel\"");
        int light = page.indexOf("id=\"web-panel-test-issue-panel\"");
        int heavy = page.indexOf("id=\"web-panel-test-second-panel\"");
        assertThat(sla).isPositive().isLessThan(light);
        assertThat(light).as("weight 10 before weight 20").isLessThan(heavy);
        assertThat(page).as("a panel of another location").doesNotContain("test-left-panel");
    }

    @Test
    void aPanelWhoseConditionFailsIsNotShown() {
        String page = server.client(DemoUsers.SERVICE_MANAGER).page("/browse/HIDE-1").body();

        assertThat(page).contains("id=\"sla-panel\"").contains("id=\"web-panel-test-second-panel\"")
                .doesNotContain("test-issue-panel");
    }

    @Test
    void theDutchViewIsInDutch() {
        var client = server.client(DemoUsers.ADMIN);
        client.send(client.request("/sandbox/language").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("lang=nl&return=/jira/")));

        String page = client.page("/browse/ZNL-7").body();

        assertThat(page).contains("Tijd tot eerste reactie").contains("Gehaald").contains("Niet gehaald").contains("30m van 4h");
    }

    @Test
    void onlyAgentsOfTheOrganisationServiceManagersAndAdministratorsSeeTheRequest() {
        assertThat(server.client(DemoUsers.ADMIN).page("/browse/GGZO-3").statusCode()).isEqualTo(200);
        assertThat(server.client(DemoUsers.SERVICE_MANAGER_LIMITED).page("/browse/GGZO-3").statusCode()).isEqualTo(200);
        HttpResponse<String> otherOrganisation = server.client(DemoUsers.AGENT).page("/browse/GGZO-3");
        assertThat(otherOrganisation.statusCode()).isEqualTo(404);
        assertThat(otherOrganisation.body()).doesNotContain("Wifi").doesNotContain("sla-panel");
        assertThat(server.client(DemoUsers.CUSTOMER).page("/browse/ZNL-7").statusCode()).as("portal customers get no agent view")
                .isEqualTo(404);
        assertThat(server.client(DemoUsers.AGENT).page("/browse/NOPE-1").statusCode()).isEqualTo(404);
        HttpResponse<String> anonymous = server.client(null).page("/browse/ZNL-7");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/jira/login.jsp?os_destination="));
    }

    static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        int to = text.indexOf(end, from);
        return text.substring(from, to < 0 ? text.length() : to);
    }
}
