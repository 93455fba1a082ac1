package nl.xlascorecard.sandbox.rest;

import static nl.xlascorecard.sandbox.rest.RestApi.ADMIN;
import static nl.xlascorecard.sandbox.rest.RestApi.ANONYMOUS;
import static nl.xlascorecard.sandbox.rest.RestApi.SERVICE_MANAGER;
import static nl.xlascorecard.sandbox.rest.RestFixture.ORG_A;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import nl.xlascorecard.sandbox.SandboxConfig;
import nl.xlascorecard.sandbox.SandboxServer;
import nl.xlascorecard.sandbox.servicedesk.DemoOrganisations;

/**
 * The API's HTTP conventions over real HTTP: log-in, ids in paths, paging, methods, media types,
 * XSRF, the language of error texts, body size, JSON formats and the {@code Location} of new items.
 */
class RestProtocolTest {

    @TempDir
    static Path data;
    static SandboxServer server;
    static RestApi api;
    static RestFixture fixture;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(SandboxConfig.forTests(data));
        api = new RestApi(server);
        fixture = new RestFixture(api).create(false);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static List<String> readPaths() {
        RestFixture.Organisation org = fixture.org(ORG_A);
        String o = "/organisations/" + ORG_A;
        return List.of("/organisations", o, o + "/rounds", o + "/round-proposals", o + "/latest-result", o + "/actions",
                "/rounds/" + org.closedRound(), "/rounds/" + org.closedRound() + "/result",
                "/rounds/" + org.closedRound() + "/responses", "/actions/" + org.action(), "/template",
                "/template/versions/1", "/settings");
    }

    @TestFactory
    Stream<DynamicTest> everyReadNeedsALogIn() {
        return readPaths().stream().map(path -> DynamicTest.dynamicTest("GET " + path, () -> {
            JsonNode error = RestApi.assertError(api.get(ANONYMOUS, path), 401);
            assertThat(error.path("errorMessages").size()).isEqualTo(1);
            assertThat(api.get(ADMIN, path).statusCode()).isBetween(200, 204);
        }));
    }

    @TestFactory
    Stream<DynamicTest> idsThatAreNotNumbersAreNotFound() {
        return Stream.of("/organisations/abc", "/organisations/1x", "/organisations/-1", "/organisations/abc/rounds",
                        "/organisations/1.5/actions", "/organisations/%20/latest-result", "/rounds/abc",
                        "/rounds/99999999999999999999", "/rounds/abc/result", "/rounds/x/responses", "/actions/abc",
                        "/actions/1e3/state", "/template/versions/abc", "/nothing-here", "/organisations/987654",
                        "/rounds/987654", "/actions/987654", "/template/versions/987654",
                        // an administrator sees every id: a missing organisation is still not found
                        "/organisations/987654/rounds", "/organisations/987654/round-proposals",
                        "/organisations/987654/actions", "/organisations/987654/latest-result")
                .map(path -> DynamicTest.dynamicTest("GET " + path, () -> RestApi.assertError(api.get(ADMIN, path), 404)));
    }

    @TestFactory
    Stream<DynamicTest> pagingParametersOutOfRangeNameTheParameter() {
        RestFixture.Organisation org = fixture.org(ORG_A);
        List<String> lists = List.of("/organisations", "/organisations/" + ORG_A + "/rounds",
                "/organisations/" + ORG_A + "/actions", "/rounds/" + org.closedRound() + "/responses");
        List<String[]> wrong = List.of(new String[] {"start=-1", "start"}, new String[] {"start=abc", "start"},
                new String[] {"limit=0", "limit"}, new String[] {"limit=101", "limit"}, new String[] {"limit=1.5", "limit"},
                new String[] {"limit=99999999999", "limit"});
        return lists.stream().flatMap(list -> wrong.stream().map(query -> DynamicTest.dynamicTest(list + "?" + query[0],
                () -> RestApi.assertFieldError(api.get(ADMIN, list + "?" + query[0]), query[1]))));
    }

    @Test
    void listsArePagedLikeJsm() {
        JsonNode page = api.getOk("/organisations?start=1&limit=2");
        assertThat(page.path("start").asInt()).isEqualTo(1);
        assertThat(page.path("limit").asInt()).isEqualTo(2);
        assertThat(page.path("size").asInt()).isEqualTo(2);
        assertThat(page.path("total").asLong()).isEqualTo(DemoOrganisations.ALL.size());
        assertThat(page.path("isLastPage").asBoolean()).isFalse();
        assertThat(page.path("values")).hasSize(2);
        JsonNode last = api.getOk("/organisations?start=" + (DemoOrganisations.ALL.size() - 1));
        assertThat(last.path("isLastPage").asBoolean()).isTrue();
        assertThat(last.path("size").asInt()).isEqualTo(1);
    }

    @Test
    void anUnknownActionStateFilterIsAFieldError() {
        RestApi.assertFieldError(api.get(ADMIN, "/organisations/" + ORG_A + "/actions?state=CLOSED"), "state");
        JsonNode open = api.getOk("/organisations/" + ORG_A + "/actions?state=OPEN");
        open.path("values").forEach(action -> assertThat(action.path("state").asText()).isEqualTo("OPEN"));
    }

    @Test
    void anUnsupportedMethodIs405WithAllow() {
        HttpResponse<String> response = api.call(ADMIN, "DELETE", "/organisations/" + ORG_A, null);
        RestApi.assertError(response, 405);
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
        RestApi.assertError(api.call(ADMIN, "PATCH", "/settings", "{}"), 405);
    }

    @Test
    void onlyJsonIsAnswered() {
        HttpResponse<String> response = api.send(ADMIN, api.client(ADMIN).request(RestApi.BASE + "/template")
                .setHeader("Accept", "text/html").GET());
        RestApi.assertError(response, 406);
    }

    @Test
    void xsrfNeedsExactlyNoCheck() {
        String before = fixture.snapshot();
        for (String token : List.of("nocheck", "", "check", "no-check-please")) {
            HttpResponse<String> response = api.send(ADMIN, api.request(ADMIN, "POST", "/organisations/" + ORG_A + "/actions",
                    RestApi.json(RestFixture.actionFields())).header("X-Atlassian-Token", token));
            RestApi.assertError(response, 403);
        }
        assertThat(fixture.snapshot()).isEqualTo(before);
    }

    @Test
    void errorTextsFollowTheRequestedLanguage() {
        HttpResponse<String> xsrf = api.send(SERVICE_MANAGER, api.request(SERVICE_MANAGER, "POST",
                "/organisations/" + ORG_A + "/actions", "{}").header("Accept-Language", "nl-NL,nl;q=0.9,en;q=0.5"));
        assertThat(RestApi.assertError(xsrf, 403).path("errorMessages").get(0).asText()).startsWith("Dit verzoek is geweigerd");

        HttpResponse<String> field = api.send(SERVICE_MANAGER, api.request(SERVICE_MANAGER, "POST",
                        "/rounds/" + fixture.org(ORG_A).openRound() + "/open", "{\"version\":1.5}")
                .header("X-Atlassian-Token", "no-check").header("Accept-Language", "nl"));
        assertThat(RestApi.assertFieldError(field, "version").path("errors").path("version").asText())
                .isEqualTo("Moet een geheel getal zijn.");

        HttpResponse<String> english = api.send(SERVICE_MANAGER, api.request(SERVICE_MANAGER, "GET", "/rounds/abc", null)
                .header("Accept-Language", "de-DE"));
        assertThat(RestApi.assertError(english, 404).path("errorMessages").get(0).asText()).startsWith("This item");
    }

    @Test
    void aBodyOverTheLimitIs413() {
        String before = fixture.snapshot();
        String huge = "{\"text\":\"" + "x".repeat(300 * 1024) + "\"}";
        RestApi.assertError(api.call(ADMIN, "POST", "/organisations/" + ORG_A + "/actions", huge), 413);
        assertThat(fixture.snapshot()).isEqualTo(before);
    }

    @Test
    void newItemsAnswer201WithTheirAddressAndIsoDates() {
        HttpResponse<String> created = api.call(SERVICE_MANAGER, "POST", "/organisations/" + ORG_A + "/rounds",
                RestApi.json(RestFixture.round("PERIODIC")));
        JsonNode round = api.ok(created);
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith(RestApi.BASE + "/rounds/" + round.path("id").asLong());
        assertThat(round.path("opens").asText()).isEqualTo("2026-03-01");
        assertThat(round.path("createdAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
        assertThat(round.path("openedAt").isNull()).isTrue();
        JsonNode fetched = api.ok(api.send(SERVICE_MANAGER, api.client(SERVICE_MANAGER).request(
                location.substring(location.indexOf(RestApi.BASE))).GET()));
        assertThat(fetched).isEqualTo(round);
    }

    @Test
    void latestResultIsNoContentUntilARoundIsClosed() {
        HttpResponse<String> none = api.get(ADMIN, "/organisations/" + DemoOrganisations.WATERLAND + "/latest-result");
        assertThat(none.statusCode()).as(RestApi.describe(none)).isEqualTo(204);
        assertThat(none.body()).isEmpty();
        JsonNode latest = api.getOk("/organisations/" + ORG_A + "/latest-result");
        assertThat(latest.path("round").path("id").asLong()).isEqualTo(fixture.org(ORG_A).closedRound());
        assertThat(latest.path("responses").asInt()).isEqualTo(1);
    }

    @Test
    void aRequestWithoutBodyWhereOneIsNeededIsMalformed() {
        HttpResponse<String> response = api.send(SERVICE_MANAGER, api.client(SERVICE_MANAGER)
                .request(RestApi.BASE + "/rounds/" + fixture.org(ORG_A).openRound() + "/close")
                .header("Content-Type", "application/json").header("X-Atlassian-Token", "no-check")
                .POST(HttpRequest.BodyPublishers.noBody()));
        RestApi.assertError(response, 400);
    }
}
