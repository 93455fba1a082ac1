package nl.xlascorecard.sandbox.web;

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
import nl.xlascorecard.sandbox.servicedesk.DemoOrganisations;

/**
 * The app's pages over real HTTP in the sandbox: who gets which page, the 404 that hides
 * organisations, the 403 of the template editor, and the web resources each page asks for.
 */
class PagesHttpTest {

    private static final String ORGANISATIONS = "/plugins/servlet/xla/organisations";
    private static final String ORGANISATION = "/plugins/servlet/xla/organisation?id=";
    private static final String TEMPLATE_ADMIN = "/plugins/servlet/xla/admin/template";

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
    void anonymousVisitorsAreSentToLogInAndBack() {
        HttpResponse<String> page = server.client(null).page(ORGANISATION + DemoOrganisations.DE_LINDE);

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).get().asString()
                .contains("/login.jsp?os_destination=")
                .contains("xla%2Forganisation%3Fid%3D" + DemoOrganisations.DE_LINDE);
    }

    @Test
    void theOrganisationsListShowsEveryOrganisationToAServiceManager() {
        HttpResponse<String> page = server.client(DemoUsers.SERVICE_MANAGER).page(ORGANISATIONS);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Zorggroep Noorderlicht").contains("Stichting Jeugdzorg Waterland")
                .contains("organisations-page.css");
    }

    @Test
    void theOrganisationPageRendersTheNameAndLoadsItsScripts() {
        HttpResponse<String> page = server.client(DemoUsers.SERVICE_MANAGER).page(ORGANISATION + DemoOrganisations.DE_LINDE);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1 id=\"xla-organisation-name\">Ziekenhuis De Linde</h1>")
                .contains("data-organisation-id=\"" + DemoOrganisations.DE_LINDE + "\"")
                .contains("data-can-manage=\"true\"")
                .contains("organisation-page.js").contains("chart.umd.js").contains("interval-chart.js");
    }

    @Test
    void agentsSeeTheirOrganisationsReadOnlyAndOthersAsNotFound() {
        HttpResponse<String> own = server.client(DemoUsers.AGENT).page(ORGANISATION + DemoOrganisations.NOORDERLICHT);
        HttpResponse<String> other = server.client(DemoUsers.AGENT).page(ORGANISATION + DemoOrganisations.WATERLAND);
        HttpResponse<String> missing = server.client(DemoUsers.AGENT).page(ORGANISATION + 999_999);

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("data-can-manage=\"false\"").doesNotContain("id=\"xla-plan-round\"");
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(missing.statusCode()).isEqualTo(404);
        // Hidden and missing look the same (the sandbox header around the page links back to the URL asked for).
        assertThat(content(other.body())).isEqualTo(content(missing.body())).doesNotContain("Waterland");
    }

    private static String content(String html) {
        return html.substring(html.indexOf("<div class=\"xla-page\""));
    }

    @Test
    void aMalformedIdIsNotFound() {
        HttpResponse<String> page = server.client(DemoUsers.SERVICE_MANAGER).page(ORGANISATION + "%3Cscript%3E");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("<script>");
    }

    @Test
    void onlyAdministratorsGetTheTemplateEditor() {
        HttpResponse<String> admin = server.client(DemoUsers.ADMIN).page(TEMPLATE_ADMIN);
        HttpResponse<String> manager = server.client(DemoUsers.SERVICE_MANAGER).page(TEMPLATE_ADMIN);

        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("id=\"xla-template-admin\"").contains("template-admin.js");
        assertThat(manager.statusCode()).isEqualTo(403);
        assertThat(manager.body()).contains("Only Jira administrators").doesNotContain("template-admin.js");
    }
}
