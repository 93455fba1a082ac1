package nl.xlascorecard.sandbox.rest.target;

import static nl.xlascorecard.sandbox.rest.RestApi.ADMIN;
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
import nl.xlascorecard.sandbox.rest.RestApi;
import nl.xlascorecard.sandbox.rest.RestFixture;

/**
 * Hostile and wrong input on every target write and on the overview's parameters, over HTTP: each is
 * refused with the right status and Jira's error shape naming the field, and every test checks that
 * no target, status or history entry changed.
 */
class TargetRestInputTest {

    @TempDir
    static Path data;
    static SandboxServer server;
    static RestApi api;
    static TargetData targets;
    static long ownTarget;
    static long defaultTarget;

    private String before;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(SandboxConfig.forTests(data));
        api = new RestApi(server);
        new RestFixture(api).create(false);
        targets = new TargetData(api);
        ownTarget = targets.ownMeanRating(ORG_A);
        defaultTarget = targets.defaultTarget("EMPATHY");
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void snapshot() {
        before = targets.snapshot();
    }

    @AfterEach
    void nothingChanged() {
        assertThat(targets.snapshot()).as("a refused request changed data").isEqualTo(before);
    }

    record Write(String name, String method, String path, Supplier<ObjectNode> validBody) {
    }

    private static List<Write> writes() {
        return List.of(
                new Write("POST organisation target", "POST", "/organisations/" + ORG_A + "/targets",
                        () -> RestApi.JSON.valueToTree(TargetData.category("RELIABILITY"))),
                new Write("PUT organisation target", "PUT", "/organisations/" + ORG_A + "/targets/" + ownTarget,
                        () -> RestApi.JSON.valueToTree(TargetData.meanRating(4.1))),
                new Write("POST default", "POST", "/targets/defaults",
                        () -> RestApi.JSON.valueToTree(TargetData.category("COMMUNICATION"))),
                new Write("PUT default", "PUT", "/targets/defaults/" + defaultTarget,
                        () -> RestApi.JSON.valueToTree(TargetData.category("EMPATHY"))));
    }

    @TestFactory
    Stream<DynamicTest> everyWriteRefusesBrokenBodies() {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("malformed JSON", "{\"metric\": ");
        bodies.put("empty body", "");
        bodies.put("a JSON array", "[1, 2]");
        bodies.put("JSON null", "null");
        bodies.put("a key twice", "{\"metric\": \"NPS\", \"metric\": \"NPS\"}");
        List<DynamicTest> tests = new ArrayList<>();
        for (Write write : writes()) {
            bodies.forEach((what, body) -> tests.add(DynamicTest.dynamicTest(write.name() + ": " + what,
                    () -> RestApi.assertError(api.call(ADMIN, write.method(), write.path(), body), 400))));
            tests.add(DynamicTest.dynamicTest(write.name() + ": unknown field", () -> {
                ObjectNode body = write.validBody().get();
                body.put("organisationId", 2);
                JsonNode error = RestApi.assertFieldError(api.call(ADMIN, write.method(), write.path(), body.toString()),
                        "organisationId");
                assertThat(error.path("errors").size()).as("only the unknown field is wrong").isEqualTo(1);
            }));
            tests.add(DynamicTest.dynamicTest(write.name() + ": unknown window field", () -> {
                ObjectNode body = write.validBody().get();
                ((ObjectNode) body.path("window")).put("weeks", 2);
                RestApi.assertFieldError(api.call(ADMIN, write.method(), write.path(), body.toString()), "window.weeks");
            }));
            tests.add(DynamicTest.dynamicTest(write.name() + ": text/plain", () -> {
                HttpResponse<String> response = api.send(ADMIN, api.client(ADMIN).request(RestApi.BASE + write.path())
                        .header("Content-Type", "text/plain").header("X-Atlassian-Token", "no-check")
                        .method(write.method(), HttpRequest.BodyPublishers.ofString(write.validBody().get().toString())));
                RestApi.assertError(response, 415);
            }));
            tests.add(DynamicTest.dynamicTest(write.name() + ": without the XSRF header", () -> RestApi.assertError(
                    api.callWithoutXsrfHeader(ADMIN, write.method(), write.path(), write.validBody().get().toString()), 403)));
            tests.add(DynamicTest.dynamicTest(write.name() + ": fields of the wrong type", () -> {
                assertField(write, "metric", 5, "metric");
                assertField(write, "threshold", "90", "threshold");
                assertField(write, "threshold", new java.math.BigDecimal("1e400"), "threshold");
                assertField(write, "warningMargin", List.of(1), "warningMargin");
                assertField(write, "minimumDataPoints", 1.5, "minimumDataPoints");
                assertField(write, "minimumDataPoints", 99999999999L, "minimumDataPoints");
                assertField(write, "window", "ROLLING_DAYS", "window");
                assertField(write, "comparison", true, "comparison");
            }));
            tests.add(DynamicTest.dynamicTest(write.name() + ": values the rules refuse", () -> {
                assertField(write, "metric", "HAPPINESS<script>alert(1)</script>", "metric");
                assertField(write, "comparison", "ABOUT", "comparison");
                assertField(write, "threshold", 101, "threshold");
                assertField(write, "threshold", -0.5, "threshold");
                assertField(write, "warningMargin", -1, "warningMargin");
                assertField(write, "minimumDataPoints", 0, "minimumDataPoints");
                assertField(write, "window", Map.of("kind", "FOREVER"), "window.kind");
                assertField(write, "window", Map.of("kind", "ROLLING_DAYS", "days", 0), "window.days");
                assertField(write, "window", Map.of("kind", "ROLLING_DAYS", "days", 3661), "window.days");
                assertField(write, "window", Map.of("kind", "ROLLING_DAYS"), "window.days");
                assertField(write, "window", Map.of("kind", "LATEST_CLOSED_ROUND", "days", 30), "window.days");
            }));
        }
        return tests.stream();
    }

    private static void assertField(Write write, String field, Object value, String namedField) {
        ObjectNode body = write.validBody().get();
        body.set(field, RestApi.JSON.valueToTree(value));
        JsonNode error = RestApi.assertFieldError(api.call(ADMIN, write.method(), write.path(), body.toString()), namedField);
        assertThat(error.toString()).doesNotContain("<script>");
    }

    @Test
    void windowsAndCategoriesMustFitTheMetric() {
        String path = "/organisations/" + ORG_A + "/targets";
        RestApi.assertFieldError(api.call(ADMIN, "POST", path,
                RestApi.json(TargetData.body("CSAT_PERCENT", null, 90, "LATEST_CLOSED_ROUND", null))), "window.kind");
        RestApi.assertFieldError(api.call(ADMIN, "POST", path,
                RestApi.json(TargetData.body("FOLLOW_UPS_IN_WINDOW_PERCENT", null, 95, "LATEST_CLOSED_ROUND", null))),
                "window.kind");
        RestApi.assertFieldError(api.call(ADMIN, "POST", path,
                RestApi.json(TargetData.body("SCORECARD_CATEGORY", null, 70, "LATEST_CLOSED_ROUND", null))), "category");
        RestApi.assertFieldError(api.call(ADMIN, "POST", path,
                RestApi.json(TargetData.body("NPS", "EMPATHY", 30, "LATEST_CLOSED_ROUND", null))), "category");
        RestApi.assertFieldError(api.call(ADMIN, "POST", path,
                RestApi.json(TargetData.body("NPS", null, -101, "LATEST_CLOSED_ROUND", null))), "threshold");
        RestApi.assertFieldError(api.call(ADMIN, "POST", path,
                RestApi.json(TargetData.body("MEAN_RATING", null, 5.5, "ROLLING_DAYS", 30))), "threshold");
        JsonNode all = RestApi.assertError(api.call(ADMIN, "POST", path, "{}"), 400).path("errors");
        assertThat(all.has("metric") && all.has("comparison") && all.has("threshold") && all.has("warningMargin")
                && all.has("window.kind") && all.has("minimumDataPoints")).as(all.toString()).isTrue();
    }

    @Test
    void aSecondTargetForTheSameMetricIsAConflictAndDefaultsAreNotEditedThroughAnOrganisation() {
        RestApi.assertError(api.call(ADMIN, "POST", "/organisations/" + ORG_A + "/targets",
                RestApi.json(TargetData.meanRating(4))), 409);
        RestApi.assertError(api.call(ADMIN, "POST", "/targets/defaults", RestApi.json(TargetData.category("EMPATHY"))), 409);
        RestApi.assertError(api.call(ADMIN, "PUT", "/organisations/" + ORG_A + "/targets/" + defaultTarget,
                RestApi.json(TargetData.category("EMPATHY"))), 409);
        RestApi.assertError(api.call(ADMIN, "DELETE", "/organisations/" + ORG_A + "/targets/" + defaultTarget, null), 409);
    }

    @Test
    void unknownTargetsAndOrganisationsAreNotFound() {
        RestApi.assertError(api.call(ADMIN, "PUT", "/organisations/" + ORG_A + "/targets/987654",
                RestApi.json(TargetData.meanRating(4))), 404);
        RestApi.assertError(api.call(ADMIN, "DELETE", "/organisations/" + RestFixture.ORG_B + "/targets/" + ownTarget, null),
                404);
        RestApi.assertError(api.call(ADMIN, "POST", "/organisations/987654/targets", RestApi.json(TargetData.meanRating(4))),
                404);
        RestApi.assertError(api.call(ADMIN, "DELETE", "/targets/defaults/" + ownTarget, null), 404);
        RestApi.assertError(api.get(ADMIN, "/organisations/" + ORG_A + "/targets/abc"), 404);
        RestApi.assertError(api.get(ADMIN, "/organisations/" + RestFixture.ORG_B + "/targets/" + ownTarget + "/history"), 404);
    }

    @Test
    void overviewParametersAreCheckedAndNamed() {
        RestApi.assertFieldError(api.get(ADMIN, "/xla/overview?slaDays=0"), "slaDays");
        RestApi.assertFieldError(api.get(ADMIN, "/xla/overview?slaDays=367"), "slaDays");
        RestApi.assertFieldError(api.get(ADMIN, "/xla/overview?slaDays=thirty"), "slaDays");
        RestApi.assertFieldError(api.get(ADMIN, "/xla/overview?slaDays=99999999999"), "slaDays");
        RestApi.assertFieldError(api.get(ADMIN, "/xla/overview?limit=1001"), "limit");
        RestApi.assertFieldError(api.get(ADMIN, "/xla/overview?start=-1"), "start");
        RestApi.assertFieldError(api.get(ADMIN, "/xla/overview?organisationId=x"), "organisationId");
        RestApi.assertError(api.get(ADMIN, "/xla/overview?organisationId=987654"), 404);
        RestApi.assertFieldError(api.get(ADMIN, "/organisations/" + ORG_A + "/targets/" + ownTarget + "/history?limit=0"),
                "limit");
    }
}
