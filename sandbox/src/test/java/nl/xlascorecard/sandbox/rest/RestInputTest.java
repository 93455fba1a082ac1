package nl.xlascorecard.sandbox.rest;

import static nl.xlascorecard.sandbox.rest.RestApi.ADMIN;
import static nl.xlascorecard.sandbox.rest.RestApi.SERVICE_MANAGER;
import static nl.xlascorecard.sandbox.rest.RestFixture.ORG_A;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.xlascorecard.sandbox.SandboxConfig;
import nl.xlascorecard.sandbox.SandboxServer;

/**
 * Hostile and wrong input on every write, over HTTP: each is refused with the right status, a JSON
 * body in Jira's shape naming the field, no internals, and the data unchanged afterwards (every
 * test compares a snapshot of all the fixture's data before and after).
 */
class RestInputTest {

    @TempDir
    static Path data;
    static SandboxServer server;
    static RestApi api;
    static RestFixture fixture;

    private String before;
    private boolean changesExpected;

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

    @BeforeEach
    void snapshot() {
        changesExpected = false;
        before = fixture.snapshot();
    }

    @AfterEach
    void nothingChanged() {
        if (!changesExpected) {
            assertThat(fixture.snapshot()).as("a refused request changed data").isEqualTo(before);
        }
    }

    /** A write endpoint with a valid body for a fresh, acceptable target. */
    record Write(String name, String method, Supplier<String> path, Supplier<ObjectNode> validBody) {
    }

    private static List<Write> writes() {
        String org = "/organisations/" + ORG_A;
        List<Write> all = new ArrayList<>();
        all.add(new Write("PUT profile", "PUT", () -> org + "/profile", () -> RestApi.JSON.valueToTree(
                fixture.profile(SERVICE_MANAGER, 3, api.getOk(org).path("version").asLong()))));
        all.add(new Write("POST rounds", "POST", () -> org + "/rounds",
                () -> RestApi.JSON.valueToTree(RestFixture.round("PERIODIC"))));
        all.add(new Write("POST open", "POST", () -> "/rounds/" + fixture.org(ORG_A).openRound() + "/open",
                () -> RestApi.JSON.createObjectNode().put("version", 1)));
        all.add(new Write("POST close", "POST", () -> "/rounds/" + fixture.org(ORG_A).openRound() + "/close",
                () -> RestApi.JSON.createObjectNode().put("version", 1)));
        all.add(new Write("POST responses", "POST", () -> "/rounds/" + fixture.org(ORG_A).openRound() + "/responses",
                () -> fixture.response()));
        all.add(new Write("POST actions", "POST", () -> org + "/actions",
                () -> RestApi.JSON.valueToTree(RestFixture.actionFields())));
        all.add(new Write("PUT action", "PUT", () -> "/actions/" + fixture.org(ORG_A).action(), () -> {
            ObjectNode edit = RestApi.JSON.valueToTree(RestFixture.actionFields());
            return edit.put("version", 0);
        }));
        all.add(new Write("POST action state", "POST", () -> "/actions/" + fixture.org(ORG_A).action() + "/state",
                () -> RestApi.JSON.createObjectNode().put("state", "DONE").put("version", 0)));
        all.add(new Write("POST template", "POST", () -> "/template", () -> fixture.templateEdit()));
        all.add(new Write("PUT settings", "PUT", () -> "/settings", () -> RestApi.JSON.createObjectNode()
                .put("serviceManagerGroup", "xla-service-managers").put("limitServiceManagersToOwnOrganisations", false)
                .put("attentionThreshold", 60).put("minimumGroupSize", 5)));
        return all;
    }

    /** Bodies no write accepts, each with what the answer must say. */
    @TestFactory
    Stream<DynamicTest> everyWriteRefusesBrokenBodies() {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("malformed JSON", "{\"text\": ");
        bodies.put("empty body", "");
        bodies.put("a JSON array", "[1, 2]");
        bodies.put("a JSON string", "\"text\"");
        bodies.put("JSON null", "null");
        bodies.put("two values", "{} {}");
        bodies.put("a key twice", "{\"version\": 1, \"version\": 2}");
        bodies.put("a comment", "{/* x */}");
        List<DynamicTest> tests = new ArrayList<>();
        for (Write write : writes()) {
            bodies.forEach((what, body) -> tests.add(DynamicTest.dynamicTest(write.name() + ": " + what, () -> {
                String before = fixture.snapshot();
                JsonNode error = RestApi.assertError(api.call(ADMIN, write.method(), write.path().get(), body), 400);
                assertThat(error.path("errorMessages").size()).isEqualTo(1);
                assertThat(fixture.snapshot()).isEqualTo(before);
            })));
            tests.add(DynamicTest.dynamicTest(write.name() + ": unknown field", () -> {
                String before = fixture.snapshot();
                ObjectNode body = write.validBody().get();
                body.put("bogus", 1);
                JsonNode error = RestApi.assertFieldError(api.call(ADMIN, write.method(), write.path().get(), body.toString()), "bogus");
                assertThat(error.path("errors").size()).as("only the unknown field is wrong").isEqualTo(1);
                assertThat(fixture.snapshot()).isEqualTo(before);
            }));
            tests.add(DynamicTest.dynamicTest(write.name() + ": text/plain", () -> {
                String before = fixture.snapshot();
                HttpResponse<String> response = api.send(ADMIN, api.client(ADMIN).request(RestApi.BASE + write.path().get())
                        .header("Content-Type", "text/plain").header("X-Atlassian-Token", "no-check")
                        .method(write.method(), HttpRequest.BodyPublishers.ofString(write.validBody().get().toString())));
                RestApi.assertError(response, 415);
                assertThat(fixture.snapshot()).isEqualTo(before);
            }));
            tests.add(DynamicTest.dynamicTest(write.name() + ": without the XSRF header", () -> {
                String before = fixture.snapshot();
                HttpResponse<String> response = api.callWithoutXsrfHeader(ADMIN, write.method(), write.path().get(),
                        write.validBody().get().toString());
                JsonNode error = RestApi.assertError(response, 403);
                assertThat(error.path("errorMessages").get(0).asText()).contains("X-Atlassian-Token");
                assertThat(fixture.snapshot()).isEqualTo(before);
            }));
            tests.add(DynamicTest.dynamicTest(write.name() + ": not logged in", () -> {
                String before = fixture.snapshot();
                RestApi.assertError(api.call(RestApi.ANONYMOUS, write.method(), write.path().get(),
                        write.validBody().get().toString()), 401);
                assertThat(fixture.snapshot()).isEqualTo(before);
            }));
        }
        return tests.stream();
    }

    private HttpResponse<String> submit(long round, ObjectNode body) {
        return api.call(SERVICE_MANAGER, "POST", "/rounds/" + round + "/responses", body.toString());
    }

    private ObjectNode responseWithScore(Object score) {
        ObjectNode body = fixture.response();
        ((ObjectNode) body.path("scores")).set(fixture.statementKey(0), RestApi.JSON.valueToTree(score));
        return body;
    }

    @Test
    void scoresOutsideOneToHundredAreRefusedByTheCore() {
        String field = "scores." + fixture.statementKey(0);
        for (int score : new int[] {0, 101, -1}) {
            RestApi.assertFieldError(submit(fixture.org(ORG_A).openRound(), responseWithScore(score)), field);
        }
    }

    @Test
    void scoresThatAreNotWholeNumbersNameTheScore() {
        String field = "scores." + fixture.statementKey(0);
        List<Object> wrong = List.of(1.5, "abc", "80", true, Map.of("value", 80), List.of(80), 99999999999L, 1e2);
        for (Object score : wrong) {
            JsonNode error = RestApi.assertFieldError(submit(fixture.org(ORG_A).openRound(), responseWithScore(score)), field);
            assertThat(error.path("errors").size()).as("only " + field + " for " + score).isEqualTo(1);
        }
        JsonNode error = RestApi.assertFieldError(submit(fixture.org(ORG_A).openRound(), responseWithScore(1.5)), field);
        assertThat(error.path("errors").path(field).asText()).isEqualTo("Must be a whole number.");
    }

    @Test
    void aNullScoreIsNoOpinionAndIsNotStored() {
        changesExpected = true;
        ObjectNode body = responseWithScore(null);
        body.put("respondentRef", "form-null");
        JsonNode stored = api.ok(submit(fixture.org(ORG_A).openRound(), body));
        assertThat(stored.path("scores").has(fixture.statementKey(0))).isFalse();
        assertThat(stored.path("scores").path(fixture.statementKey(1)).asInt()).isEqualTo(65);
    }

    @Test
    void aMissingOrUnknownRoleIsAFieldError() {
        ObjectNode body = fixture.response();
        body.remove("role");
        RestApi.assertFieldError(submit(fixture.org(ORG_A).openRound(), body), "role");
        body.put("role", "CEO");
        RestApi.assertFieldError(submit(fixture.org(ORG_A).openRound(), body), "role");
        body.put("role", 7);
        RestApi.assertFieldError(submit(fixture.org(ORG_A).openRound(), body), "role");
    }

    @Test
    void aTenKilobyteCommentIsRefused() {
        ObjectNode body = fixture.response();
        ((ObjectNode) body.path("comments")).put("RELIABILITY", "x".repeat(10 * 1024));
        RestApi.assertFieldError(submit(fixture.org(ORG_A).openRound(), body), "comments.RELIABILITY");
    }

    @Test
    void commentsNeedKnownCategoriesAndTexts() {
        ObjectNode body = fixture.response();
        ((ObjectNode) body.path("comments")).put("FOO", "x");
        RestApi.assertFieldError(submit(fixture.org(ORG_A).openRound(), body), "comments.FOO");
        ObjectNode numberComment = fixture.response();
        ((ObjectNode) numberComment.path("comments")).put("EMPATHY", 5);
        RestApi.assertFieldError(submit(fixture.org(ORG_A).openRound(), numberComment), "comments.EMPATHY");
    }

    @Test
    void htmlInACommentIsStoredAndReturnedAsPlainText() {
        changesExpected = true;
        String script = "<script>alert('x')</script><b>vet</b> & \"quotes\"";
        ObjectNode body = fixture.response();
        body.put("respondentRef", "form-html");
        ((ObjectNode) body.path("comments")).put("RELIABILITY", script);
        JsonNode stored = api.ok(submit(fixture.org(ORG_A).openRound(), body));
        assertThat(stored.path("comments").path("RELIABILITY").asText()).isEqualTo(script);
        JsonNode listed = api.getOk("/rounds/" + fixture.org(ORG_A).openRound() + "/responses?limit=100");
        assertThat(listed.toString()).contains(RestApi.JSON.valueToTree(script).toString());
    }

    @Test
    void responsesToUnknownRoundsAre404AndToClosedRounds409() {
        RestApi.assertError(submit(987654, fixture.response()), 404);
        RestApi.assertError(submit(fixture.org(ORG_A).closedRound(), fixture.response()), 409);
    }

    @Test
    void aSecondBaselineIsAConflictOnKind() {
        JsonNode error = RestApi.assertError(api.call(SERVICE_MANAGER, "POST", "/organisations/" + ORG_A + "/rounds",
                RestApi.json(RestFixture.round("BASELINE"))), 409);
        assertThat(error.path("errors").has("kind")).as(error.toString()).isTrue();
    }

    @Test
    void planningNamesEveryWrongField() {
        ObjectNode body = RestApi.JSON.createObjectNode().put("kind", "WEEKLY").put("opens", "2026-02-30")
                .put("closes", "morgen").put("anonymous", "yes").put("invitations", 1.5).put("title", 5);
        JsonNode error = RestApi.assertError(api.call(SERVICE_MANAGER, "POST", "/organisations/" + ORG_A + "/rounds",
                body.toString()), 400);
        assertThat(error.path("errors").properties()).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("kind", "opens", "closes", "anonymous", "invitations", "title");
        RestApi.assertFieldError(api.call(SERVICE_MANAGER, "POST", "/organisations/" + ORG_A + "/rounds",
                "{\"opens\":\"2026-03-01\",\"closes\":\"2026-03-31\"}"), "kind");
        ObjectNode reversed = RestApi.JSON.valueToTree(RestFixture.round("PERIODIC"));
        reversed.put("closes", "2026-02-01");
        RestApi.assertFieldError(api.call(SERVICE_MANAGER, "POST", "/organisations/" + ORG_A + "/rounds",
                reversed.toString()), "closes");
        RestApi.assertError(api.call(SERVICE_MANAGER, "POST", "/organisations/987654/rounds",
                RestApi.json(RestFixture.round("PERIODIC"))), 404);
    }

    /** ISO dates with five-digit or negative years parse, but the database cannot store them. */
    @Test
    void datesOutsideTheYears1900To9999AreFieldErrors() {
        String rounds = "/organisations/" + ORG_A + "/rounds";
        for (String date : List.of("+10000-01-01", "-0001-01-01", "0000-01-01", "1899-12-31")) {
            ObjectNode round = RestApi.JSON.valueToTree(RestFixture.round("PERIODIC"));
            round.put("opens", date);
            RestApi.assertFieldError(api.call(SERVICE_MANAGER, "POST", rounds, round.toString()), "opens");
            round = RestApi.JSON.valueToTree(RestFixture.round("PERIODIC"));
            round.put("closes", date);
            RestApi.assertFieldError(api.call(SERVICE_MANAGER, "POST", rounds, round.toString()), "closes");
            RestApi.assertFieldError(api.call(SERVICE_MANAGER, "POST", "/organisations/" + ORG_A + "/actions",
                    "{\"text\":\"x\",\"due\":\"" + date + "\"}"), "due");
            long version = api.getOk("/organisations/" + ORG_A).path("version").asLong();
            ObjectNode profile = RestApi.JSON.valueToTree(fixture.profile(SERVICE_MANAGER, 3, version));
            profile.put("customerSince", date);
            RestApi.assertFieldError(api.call(SERVICE_MANAGER, "PUT", "/organisations/" + ORG_A + "/profile",
                    profile.toString()), "customerSince");
        }
    }

    @Test
    void stateChangesCheckVersionAndState() {
        long open = fixture.org(ORG_A).openRound();
        long version = api.getOk("/rounds/" + open).path("version").asLong();
        RestApi.assertFieldError(api.call(SERVICE_MANAGER, "POST", "/rounds/" + open + "/close", "{\"version\":\"abc\"}"),
                "version");
        RestApi.assertFieldError(api.call(SERVICE_MANAGER, "POST", "/rounds/" + open + "/close", "{}"), "version");
        RestApi.assertError(api.call(SERVICE_MANAGER, "POST", "/rounds/" + open + "/close",
                "{\"version\":" + (version + 5) + "}"), 409);
        RestApi.assertError(api.call(SERVICE_MANAGER, "POST", "/rounds/" + open + "/open",
                "{\"version\":" + version + "}"), 409);
        long closed = fixture.org(ORG_A).closedRound();
        long closedVersion = api.getOk("/rounds/" + closed).path("version").asLong();
        RestApi.assertError(api.call(SERVICE_MANAGER, "POST", "/rounds/" + closed + "/close",
                "{\"version\":" + closedVersion + "}"), 409);
    }

    @Test
    void profileFieldsAreCheckedAndAStaleVersionIsAConflict() {
        String path = "/organisations/" + ORG_A + "/profile";
        long version = api.getOk("/organisations/" + ORG_A).path("version").asLong();
        ObjectNode body = RestApi.JSON.valueToTree(fixture.profile(SERVICE_MANAGER, 13, version));
        RestApi.assertFieldError(api.call(SERVICE_MANAGER, "PUT", path, body.toString()), "roundsPerYear");
        body.put("roundsPerYear", 3).put("language", "DE");
        RestApi.assertFieldError(api.call(SERVICE_MANAGER, "PUT", path, body.toString()), "language");
        body.put("language", "NL").put("serviceManagerKeys", "servicemanager");
        RestApi.assertFieldError(api.call(SERVICE_MANAGER, "PUT", path, body.toString()), "serviceManagerKeys");
        body.putArray("serviceManagerKeys").add(5);
        RestApi.assertFieldError(api.call(SERVICE_MANAGER, "PUT", path, body.toString()), "serviceManagerKeys[0]");
        body.putArray("serviceManagerKeys").add(SERVICE_MANAGER);
        body.put("version", version + 3);
        RestApi.assertError(api.call(SERVICE_MANAGER, "PUT", path, body.toString()), 409);
    }

    @Test
    void settingsAreCheckedField_byField() {
        ObjectNode body = RestApi.JSON.createObjectNode().put("serviceManagerGroup", "xla-service-managers")
                .put("limitServiceManagersToOwnOrganisations", "yes").put("attentionThreshold", 0).put("minimumGroupSize", 4);
        RestApi.assertFieldError(api.call(ADMIN, "PUT", "/settings", body.toString()), "limitServiceManagersToOwnOrganisations");
        body.put("limitServiceManagersToOwnOrganisations", false);
        JsonNode error = RestApi.assertError(api.call(ADMIN, "PUT", "/settings", body.toString()), 400);
        assertThat(error.path("errors").has("attentionThreshold")).isTrue();
        assertThat(error.path("errors").has("minimumGroupSize")).isTrue();
        body.remove("serviceManagerGroup");
        RestApi.assertFieldError(api.call(ADMIN, "PUT", "/settings", body.toString()), "serviceManagerGroup");
    }

    @Test
    void templateEditsAreCheckedAndAnOutdatedBaseIsAConflict() {
        ObjectNode edit = fixture.templateEdit();
        ((ObjectNode) edit.path("categories").get(2).path("statements").get(0).path("text")).remove("nl");
        RestApi.assertFieldError(api.call(ADMIN, "POST", "/template", edit.toString()), "categories[2].statements[0].text.nl");
        ObjectNode unknownCategory = fixture.templateEdit();
        ((ObjectNode) unknownCategory.path("categories").get(0)).put("category", "HAPPINESS");
        RestApi.assertFieldError(api.call(ADMIN, "POST", "/template", unknownCategory.toString()), "categories[0].category");
        ObjectNode noCategories = fixture.templateEdit();
        noCategories.remove("categories");
        RestApi.assertFieldError(api.call(ADMIN, "POST", "/template", noCategories.toString()), "categories");
        ObjectNode outdated = fixture.templateEdit();
        outdated.put("basedOnVersion", outdated.path("basedOnVersion").asInt() - 1);
        RestApi.assertError(api.call(ADMIN, "POST", "/template", outdated.toString()), 409);
    }

    @Test
    void actionsAreCheckedField_byField() {
        String create = "/organisations/" + ORG_A + "/actions";
        RestApi.assertFieldError(api.call(SERVICE_MANAGER, "POST", create, "{\"category\":\"EMPATHY\"}"), "text");
        RestApi.assertFieldError(api.call(SERVICE_MANAGER, "POST", create, "{\"text\":\"x\",\"due\":\"tomorrow\"}"), "due");
        RestApi.assertFieldError(api.call(SERVICE_MANAGER, "POST", create, "{\"text\":\"x\",\"roundId\":\"r1\"}"), "roundId");
        RestApi.assertFieldError(api.call(SERVICE_MANAGER, "POST", create, "{\"text\":\"x\",\"category\":\"HAPPINESS\"}"), "category");
        RestApi.assertFieldError(api.call(SERVICE_MANAGER, "POST", create, "{\"text\":\"" + "x".repeat(2001) + "\"}"), "text");
        String action = "/actions/" + fixture.org(ORG_A).action();
        long version = api.getOk(action).path("version").asLong();
        RestApi.assertFieldError(api.call(SERVICE_MANAGER, "POST", action + "/state",
                "{\"state\":\"CLOSED\",\"version\":" + version + "}"), "state");
        RestApi.assertError(api.call(SERVICE_MANAGER, "POST", action + "/state",
                "{\"state\":\"DONE\",\"version\":" + (version + 7) + "}"), 409);
        RestApi.assertError(api.call(SERVICE_MANAGER, "PUT", "/actions/987654",
                RestApi.json(Map.of("text", "x", "version", 0))), 404);
    }
}
