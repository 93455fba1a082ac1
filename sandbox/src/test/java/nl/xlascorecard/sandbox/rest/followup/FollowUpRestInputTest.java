package nl.xlascorecard.sandbox.rest.followup;

import static nl.xlascorecard.sandbox.rest.RestApi.ADMIN;
import static nl.xlascorecard.sandbox.rest.RestApi.AGENT;
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
import nl.xlascorecard.sandbox.rest.RestApi;
import nl.xlascorecard.sandbox.rest.RestFixture;

/**
 * Hostile and wrong input on every follow-up write and query, over HTTP: each is refused with the
 * right status and Jira's error shape naming the field, without internals, and every test checks
 * that all ratings, follow-ups and settings are unchanged afterwards.
 */
class FollowUpRestInputTest {

    @TempDir
    static Path data;
    static SandboxServer server;
    static RestApi api;
    static FollowUpData followUps;
    /** An open follow-up of organisation A that no test may change. */
    static JsonNode target;

    private String before;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(SandboxConfig.forTests(data));
        api = new RestApi(server);
        followUps = new FollowUpData(server, api, new RestFixture(api).create(false));
        target = followUps.openFollowUp(ORG_A);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void snapshot() {
        before = followUps.snapshot();
    }

    @AfterEach
    void nothingChanged() {
        assertThat(followUps.snapshot()).as("a refused request changed data").isEqualTo(before);
    }

    private static String calls() {
        return "/followups/" + target.path("id").asLong() + "/calls";
    }

    private static long version() {
        return target.path("version").asLong();
    }

    /** A write endpoint with a valid body for the target. */
    record Write(String name, String method, String path, Supplier<ObjectNode> validBody) {
    }

    private static List<Write> writes() {
        return List.of(
                new Write("POST calls", "POST", calls(),
                        () -> RestApi.JSON.valueToTree(FollowUpData.call("REACHED", version()))),
                new Write("PUT assignee", "PUT", "/followups/" + target.path("id").asLong() + "/assignee",
                        () -> RestApi.JSON.createObjectNode().put("assigneeKey", "jdevries").put("version", version())),
                new Write("PUT followup-settings", "PUT", "/followup-settings",
                        () -> RestApi.JSON.valueToTree(FollowUpData.settings(600))));
    }

    @TestFactory
    Stream<DynamicTest> everyWriteRefusesBrokenBodies() {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("malformed JSON", "{\"version\": ");
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
                JsonNode error = RestApi.assertError(api.call(ADMIN, write.method(), write.path(), body), 400);
                assertThat(error.path("errorMessages").size()).isEqualTo(1);
            })));
            tests.add(DynamicTest.dynamicTest(write.name() + ": unknown field", () -> {
                ObjectNode body = write.validBody().get();
                body.put("bogus", 1);
                JsonNode error = RestApi.assertFieldError(api.call(ADMIN, write.method(), write.path(), body.toString()),
                        "bogus");
                assertThat(error.path("errors").size()).as("only the unknown field is wrong").isEqualTo(1);
            }));
            tests.add(DynamicTest.dynamicTest(write.name() + ": text/plain", () -> {
                HttpResponse<String> response = api.send(ADMIN, api.client(ADMIN).request(RestApi.BASE + write.path())
                        .header("Content-Type", "text/plain").header("X-Atlassian-Token", "no-check")
                        .method(write.method(), HttpRequest.BodyPublishers.ofString(write.validBody().get().toString())));
                RestApi.assertError(response, 415);
            }));
            tests.add(DynamicTest.dynamicTest(write.name() + ": over 256 kB", () -> {
                String huge = "{\"notes\":\"" + "x".repeat(300 * 1024) + "\"}";
                RestApi.assertError(api.call(ADMIN, write.method(), write.path(), huge), 413);
            }));
            tests.add(DynamicTest.dynamicTest(write.name() + ": without the XSRF header", () -> {
                JsonNode error = RestApi.assertError(api.callWithoutXsrfHeader(ADMIN, write.method(), write.path(),
                        write.validBody().get().toString()), 403);
                assertThat(error.path("errorMessages").get(0).asText()).contains("X-Atlassian-Token");
            }));
            tests.add(DynamicTest.dynamicTest(write.name() + ": not logged in", () -> RestApi.assertError(
                    api.call(RestApi.ANONYMOUS, write.method(), write.path(), write.validBody().get().toString()), 401)));
        }
        return tests.stream();
    }

    private static HttpResponse<String> logCall(String user, Map<String, Object> changes) {
        ObjectNode body = RestApi.JSON.valueToTree(FollowUpData.call("REACHED", version()));
        changes.forEach((field, value) -> body.set(field, RestApi.JSON.valueToTree(value)));
        return api.call(user, "POST", calls(), body.toString());
    }

    @Test
    void callFieldsOfTheWrongTypeNameTheField() {
        RestApi.assertFieldError(logCall(SERVICE_MANAGER, Map.of("version", "1")), "version");
        RestApi.assertFieldError(logCall(SERVICE_MANAGER, Map.of("outcome", 1)), "outcome");
        RestApi.assertFieldError(logCall(SERVICE_MANAGER, Map.of("attempts", 1.5)), "attempts");
        RestApi.assertFieldError(logCall(SERVICE_MANAGER, Map.of("attempts", 99999999999L)), "attempts");
        RestApi.assertFieldError(logCall(SERVICE_MANAGER, Map.of("notes", List.of("a"))), "notes");
        RestApi.assertFieldError(logCall(SERVICE_MANAGER, Map.of("contactedAt", "gisteren")), "contactedAt");
        RestApi.assertFieldError(logCall(SERVICE_MANAGER, Map.of("contactedAt", "2026-03-04T09:30:00")), "contactedAt");
        RestApi.assertFieldError(logCall(SERVICE_MANAGER, Map.of("action", "Terugbellen")), "action");
        RestApi.assertFieldError(logCall(SERVICE_MANAGER, Map.of("action", Map.of("text", "x", "due", "morgen"))),
                "action.due");
        RestApi.assertFieldError(logCall(SERVICE_MANAGER, Map.of("action", Map.of("txt", "x"))), "action.txt");
    }

    @Test
    void callRulesAreTheCores() {
        JsonNode error = RestApi.assertFieldError(logCall(SERVICE_MANAGER, Map.of("outcome", "VOICEMAIL")), "outcome");
        assertThat(error.path("errors").path("outcome").asText()).contains("REACHED", "NOT_REACHED");
        RestApi.assertFieldError(logCall(SERVICE_MANAGER, Map.of("attempts", 0)), "attempts");
        RestApi.assertFieldError(logCall(SERVICE_MANAGER, Map.of("attempts", 21)), "attempts");
        RestApi.assertFieldError(logCall(SERVICE_MANAGER, Map.of("notes", "x".repeat(4001))), "notes");
        RestApi.assertFieldError(logCall(SERVICE_MANAGER, Map.of("contactedAt", "2099-01-01T00:00:00Z")), "contactedAt");
        RestApi.assertFieldError(logCall(SERVICE_MANAGER, Map.of("contactedAt", "2000-01-01T00:00:00Z")), "contactedAt");
        RestApi.assertFieldError(logCall(SERVICE_MANAGER, Map.of("action", Map.of("text", "x", "category", "HAPPINESS"))),
                "action.category");
        RestApi.assertFieldError(logCall(SERVICE_MANAGER, Map.of("action", Map.of("text", " "))), "action.text");
    }

    @Test
    void anAgentMayLogACallButNotMakeAnActionOfIt() {
        RestApi.assertError(logCall(AGENT, Map.of("action", Map.of("text", "Terugbelnorm in werkinstructie"))), 403);
    }

    @Test
    void aStaleVersionIsAConflictAndUnknownFollowUpsAreNotFound() {
        RestApi.assertError(logCall(SERVICE_MANAGER, Map.of("version", version() + 4)), 409);
        RestApi.assertError(api.call(SERVICE_MANAGER, "PUT", "/followups/" + target.path("id").asLong() + "/assignee",
                RestApi.json(Map.of("assigneeKey", "x", "version", version() + 4))), 409);
        RestApi.assertError(api.call(SERVICE_MANAGER, "POST", "/followups/987654/calls",
                RestApi.json(FollowUpData.call("REACHED", 0))), 404);
        RestApi.assertError(api.call(SERVICE_MANAGER, "POST", "/followups/abc/calls",
                RestApi.json(FollowUpData.call("REACHED", 0))), 404);
    }

    @Test
    void reassigningChecksTheFields() {
        String path = "/followups/" + target.path("id").asLong() + "/assignee";
        RestApi.assertFieldError(api.call(SERVICE_MANAGER, "PUT", path, "{\"assigneeKey\":5,\"version\":0}"),
                "assigneeKey");
        RestApi.assertFieldError(api.call(SERVICE_MANAGER, "PUT", path, "{\"assigneeKey\":\"x\"}"), "version");
        RestApi.assertFieldError(api.call(SERVICE_MANAGER, "PUT", path,
                RestApi.json(Map.of("assigneeKey", "x".repeat(256), "version", version()))), "assigneeKey");
    }

    private static HttpResponse<String> putSettings(Map<String, Object> settings) {
        return api.call(ADMIN, "PUT", "/followup-settings", RestApi.json(settings));
    }

    @Test
    void settingsNameEveryWrongFieldAtOnce() {
        Map<String, Object> settings = FollowUpData.settings(510);
        settings.put("unhappyThreshold", 5);
        settings.put("windowMinutes", 0);
        settings.put("maxAttempts", 11);
        @SuppressWarnings("unchecked")
        Map<String, Object> calendar = (Map<String, Object>) settings.get("calendar");
        calendar.put("timeZone", "Europe/Nergenshuizen");
        JsonNode error = RestApi.assertError(putSettings(settings), 400);
        assertThat(error.path("errors").properties()).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("unhappyThreshold", "windowMinutes", "maxAttempts", "calendar.timeZone");
    }

    @Test
    void theBusinessCalendarIsCheckedDayByDay() {
        Map<String, Object> settings = FollowUpData.settings(510);
        Map<String, Object> calendar = new LinkedHashMap<>();
        calendar.put("timeZone", "Europe/Amsterdam");
        calendar.put("workingHours", Map.of("MONDAY", Map.of("opens", "17:00", "closes", "08:30"),
                "TUESDAY", Map.of("opens", "8:30", "closes", "17:00"),
                "WEDNESDAY", Map.of("opens", "25:00", "closes", "26:00"),
                "THURSDAY", Map.of("opens", "08:30")));
        calendar.put("holidays", List.of("2026-04-27", "Koningsdag", 5));
        settings.put("calendar", calendar);
        JsonNode error = RestApi.assertError(putSettings(settings), 400);
        assertThat(error.path("errors").properties()).extracting(Map.Entry::getKey).containsExactlyInAnyOrder(
                "calendar.workingHours.TUESDAY.opens", "calendar.workingHours.WEDNESDAY.opens",
                "calendar.workingHours.WEDNESDAY.closes", "calendar.workingHours.THURSDAY.closes",
                "calendar.holidays[1]", "calendar.holidays[2]");

        calendar.put("workingHours", Map.of("MONDAY", Map.of("opens", "17:00", "closes", "08:30")));
        calendar.put("holidays", List.of());
        RestApi.assertFieldError(putSettings(settings), "calendar.workingHours.MONDAY");
        calendar.put("workingHours", Map.of());
        RestApi.assertFieldError(putSettings(settings), "calendar.workingHours");
        calendar.put("workingHours", Map.of("MAANDAG", Map.of("opens", "08:30", "closes", "17:00")));
        RestApi.assertFieldError(putSettings(settings), "calendar.workingHours.MAANDAG");
        settings.remove("calendar");
        RestApi.assertFieldError(putSettings(settings), "calendar");
    }

    @Test
    void queryParametersOfTheWrongTypeNameTheParameter() {
        String o = "/organisations/" + ORG_A;
        RestApi.assertFieldError(api.get(ADMIN, o + "/csat?days=abc"), "days");
        RestApi.assertFieldError(api.get(ADMIN, o + "/csat?days=0"), "days");
        RestApi.assertFieldError(api.get(ADMIN, o + "/csat?days=3661"), "days");
        RestApi.assertFieldError(api.get(ADMIN, o + "/csat?days=99999999999"), "days");
        RestApi.assertFieldError(api.get(ADMIN, o + "/followup-metrics?days=1.5"), "days");
        RestApi.assertFieldError(api.get(ADMIN, o + "/ratings?limit=101"), "limit");
        RestApi.assertFieldError(api.get(ADMIN, o + "/ratings?start=-1"), "start");
        RestApi.assertFieldError(api.get(ADMIN, "/followups?organisationId=abc"), "organisationId");
        RestApi.assertFieldError(api.get(ADMIN, "/followups?unassigned=yes"), "unassigned");
        RestApi.assertFieldError(api.get(ADMIN, "/followups?unassigned=true&assigneeKey=servicemanager"), "assigneeKey");
        RestApi.assertFieldError(api.get(ADMIN, "/followups?limit=0"), "limit");
        RestApi.assertError(api.get(ADMIN, "/followups?organisationId=987654"), 404);
        RestApi.assertFieldError(api.get(ADMIN, "/requests/ITSM-1/experience?organisationId=x"), "organisationId");
        StringBuilder many = new StringBuilder("/requests/ITSM-1/experience?organisationId=1");
        for (int i = 2; i <= 11; i++) {
            many.append("&organisationId=").append(i);
        }
        RestApi.assertFieldError(api.get(ADMIN, many.toString()), "organisationId");
    }

    @Test
    void requestKeysThatAreNotIssueKeysAreNotFound() {
        for (String key : List.of("itsm-1", "ITSM1", "ITSM-", "-1", "ITSM-1x", "I-1", "ITSM-%3Cb%3E")) {
            RestApi.assertError(api.get(ADMIN, "/requests/" + key + "/experience"), 404);
        }
    }
}
