package nl.xlascorecard.sandbox.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.xlascorecard.sandbox.SandboxClient;
import nl.xlascorecard.sandbox.SandboxServer;

/**
 * The host serving a (test) plugin as Jira would: servlets from the descriptor built with constructor
 * arguments, the page decorator with AUI, header, banner and the page's web resources, web resource
 * files with the jsI18n transformation, and REST access annotations.
 */
class PluginHostingTest {

    private static final String DECORATED = "/plugins/servlet/xla/test/decorated";

    @TempDir
    static Path data;
    static SandboxServer server;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(TestPlugin.config(data));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void aDecoratedPageGetsAuiTheHeaderTheBannerAndItsResourcesInDependencyOrder() {
        String page = server.client("admin").page(DECORATED + "?title=Hello").body();

        assertThat(page).contains("<link rel=\"stylesheet\" href=\"/jira/sandbox-static/aui/aui-prototyping.css\">")
                .contains("<script src=\"/jira/sandbox-static/aui/aui-prototyping.js\"></script>")
                .contains("id=\"sandbox-banner\"").contains("XLA Scorecard sandbox \u2014 not Jira")
                .contains("id=\"header\"").contains("Anne Admin")
                .contains("href=\"/jira/plugins/servlet/xla/organisations\"")
                .contains("href=\"/jira/plugins/servlet/xla/admin/settings\"")
                .contains("<body class=\"sandbox-test-page\">")
                .contains("<title>Hello</title>");
        int aui = page.indexOf("aui-prototyping.js");
        int css = page.indexOf("/jira/s/en/nl.xlascorecard.sandbox-test:test-base/base.css");
        int js = page.indexOf("/jira/s/en/nl.xlascorecard.sandbox-test:test-page/page.js");
        assertThat(css).isPositive();
        assertThat(js).isGreaterThan(aui);
        assertThat(page.indexOf("/jira/s/en/nl.xlascorecard.sandbox-test:test-base/base.css", css + 1)).as("each resource once").isNegative();
    }

    @Test
    void theHeaderShowsAdministrationToAdministratorsOnly() {
        String page = server.client("agent").page(DECORATED + "?title=x").body();

        assertThat(page).contains("Pieter Bakker").contains("id=\"nav-organisations\"").doesNotContain("id=\"nav-admin\"");
    }

    @Test
    void hostileInputInADecoratedPageStaysEscaped() {
        String page = server.client("admin").page(DECORATED + "?title=%3Cscript%3Ealert(1)%3C%2Fscript%3E").body();

        assertThat(page).contains("<h1 id=\"page-title\">&lt;script&gt;alert(1)&lt;/script&gt;</h1>").doesNotContain("<script>alert");
    }

    @Test
    void theDecoratedPageIsInTheUsersLanguage() {
        SandboxClient client = server.client("agent");
        client.send(client.request("/sandbox/language").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("lang=nl")));

        String page = client.page(DECORATED + "?title=x").body();

        assertThat(page).contains("<html lang=\"nl\">").contains("Organisaties").contains("dit is geen Jira")
                .contains("/jira/s/nl/nl.xlascorecard.sandbox-test:test-page/page.js");
    }

    @Test
    void pagesWithoutDecoratorMetaAreServedAsWritten() {
        HttpResponse<String> response = server.client("admin").page("/plugins/servlet/xla/test/bare");

        assertThat(response.body()).isEqualTo("<html><body><p id=\"bare\">bare</p></body></html>");
    }

    @Test
    void javaScriptIsServedWithTheJsI18nTransformation() {
        HttpResponse<String> js = server.client(null).get("/s/en/nl.xlascorecard.sandbox-test:test-page/page.js");

        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
        assertThat(js.body()).contains("var title = \"XLA Scorecard\";")
                .contains("var withArgs = AJS.format(\"sandbox.test.args\", 3, 'x');")
                .contains("AJS.I18n.getText(someKey)");
    }

    @Test
    void withoutTheTransformerDeclaredJavaScriptIsServedUnchanged() {
        String js = server.client(null).get("/s/en/nl.xlascorecard.sandbox-test:untransformed/raw.js").body();

        assertThat(js).contains("AJS.I18n.getText('xla.app.name')");
    }

    @Test
    void onlyFilesNamedInTheDescriptorAreServed() {
        SandboxClient anonymous = server.client(null);

        assertThat(anonymous.get("/s/en/nl.xlascorecard.sandbox-test:test-page/other.js").statusCode()).isEqualTo(404);
        assertThat(anonymous.get("/s/en/nl.xlascorecard.sandbox-test:nothing/page.js").statusCode()).isEqualTo(404);
        assertThat(anonymous.get("/s/de/nl.xlascorecard.sandbox-test:test-page/page.js").statusCode()).isEqualTo(404);
        assertThat(anonymous.get("/sandbox-static/../sandbox-test-plugin.xml").statusCode()).isEqualTo(404);
        assertThat(anonymous.get("/sandbox-static/aui/aui-prototyping.css").statusCode()).isEqualTo(200);
    }

    @Test
    void restAccessAnnotationsAreApplied() {
        assertThat(server.client(null).get("/rest/sandbox-test/1.0/access/anyone").body()).isEqualTo("{\"user\":\"anonymous\"}");
        assertThat(server.client(null).get("/rest/sandbox-test/1.0/access/user").statusCode()).isEqualTo(401);
        assertThat(server.client("customer").get("/rest/sandbox-test/1.0/access/user").body()).isEqualTo("{\"user\":\"customer\"}");

        HttpResponse<String> forbidden = server.client("agent").get("/rest/sandbox-test/1.0/access/admin");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).isEqualTo("{\"errorMessages\":[\"You do not have permission to do this.\"],\"errors\":{}}");
    }

    @Test
    void restJsonWritesDatesAsIsoStrings() {
        String body = server.client("admin").get("/rest/sandbox-test/1.0/access/admin").body();

        assertThat(body).contains("\"day\":\"2026-03-01\"").contains("\"user\":\"admin\"");
    }
}
