package nl.xlascorecard.sandbox.rest.nps;

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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.assertj.core.data.Offset;
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
import nl.xlascorecard.sandbox.rest.RestApi;
import nl.xlascorecard.sandbox.rest.RestFixture;

/**
 * NPS over HTTP: the relationship question in responses (valid and hostile input), NPS in the round
 * result, and the satisfaction trend as every role. Service managers see only their own
 * organisations. The sandbox's clock stands at 10 March 2026, 11:00 in Amsterdam.
 *
 * <p>Data of organisation A (figures worked out by hand):
 * <ul>
 * <li>ratings: 5 and 4 on 15 Jan; 1 at 31 Jan 23:30 UTC (1 Feb in Amsterdam) and 3 on 20 Feb;
 *     5, 5, 4, 2 on 5 Mar. January n 2, happy 2, 100%, mean 4.5; February n 2, happy 0, 0%, mean 2;
 *     March n 4, happy 3, 75%, mean 16 / 4 = 4.</li>
 * <li>answers in its OPEN baseline round (all submitted "now", in March): end users 10, 10, 9, 8, 6,
 *     3; executives 10, 9. n 8, P 5, passives 1, D 2: NPS (5 - 2) / 8 = 37.5, mean grade 65 / 8 =
 *     8.125; nA = 11, pP = 5.75 / 11 = 0.522727, pD = 2.75 / 11 = 0.25, d = 0.272727,
 *     var = (0.772727 - 0.074380) / 11 = 0.0634861, h = 1.96 x 0.251964 = 0.493850 -> -22.112311 .. 76.657766.</li>
 * </ul>
 */
class NpsRestTest {

    private static final Offset<Double> E6 = within(1e-6);
    private static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");
    private static final List<String> ROLES = List.of(ADMIN, SERVICE_MANAGER, SM_LIMITED, AGENT, CUSTOMER, ANONYMOUS);

    @TempDir
    static Path data;
    static SandboxServer server;
    static RestApi api;
    static RestFixture fixture;
    static int requests = 500;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(SandboxConfig.forTests(data).withClock(Clock.fixed(NOW, ZoneId.of("Europe/Amsterdam"))));
        api = new RestApi(server);
        fixture = new RestFixture(api).create(true);
        rate(5, "2026-01-15T10:00:00Z");
        rate(4, "2026-01-15T11:00:00Z");
        rate(1, "2026-01-31T23:30:00Z");
        rate(3, "2026-02-20T10:00:00Z");
        for (int stars : new int[] {5, 5, 4, 2}) {
            rate(stars, "2026-03-05T10:00:00Z");
        }
        long baseline = fixture.org(ORG_A).openRound();
        for (int answer : new int[] {10, 10, 9, 8, 6, 3}) {
            api.callOk("POST", "/rounds/" + baseline + "/responses", answered("END_USER", answer));
        }
        for (int answer : new int[] {10, 9}) {
            api.callOk("POST", "/rounds/" + baseline + "/responses", answered("EXECUTIVE", answer));
        }
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static void rate(int stars, String at) {
        requests++;
        server.app().recordRatings().record(new RatingObservation("ITSM-" + requests, requests, List.of(ORG_A), stars,
                null, Instant.parse(at), "customer", "Carla Klant"));
    }

    private static ObjectNode answered(String role, Object recommendation) {
        ObjectNode body = fixture.response();
        body.put("role", role);
        body.set("recommendation", RestApi.JSON.valueToTree(recommendation));
        body.put("recommendationComment", "Goede partner.");
        return body;
    }

    private static HttpResponse<String> submit(ObjectNode body) {
        return api.call(SERVICE_MANAGER, "POST", "/rounds/" + fixture.org(ORG_A).openRound() + "/responses", body.toString());
    }

    // ---- responses ---------------------------------------------------------------------------

    @Test
    void theAnswerAndItsCommentAreStoredAndReturned() {
        long round = fixture.org(ORG_B).openRound();
        ObjectNode body = answered("ICT_MANAGER", 0);
        body.put("respondentRef", "form-nps");
        String html = "<script>alert('x')</script><b>vet</b> & \"quotes\"";
        body.put("recommendationComment", html);
        JsonNode stored = api.ok(api.call(SM_LIMITED, "POST", "/rounds/" + round + "/responses", body.toString()));
        assertThat(stored.path("recommendation").asInt()).isZero();
        assertThat(stored.path("recommendation").isInt()).isTrue();
        assertThat(stored.path("recommendationComment").asText()).isEqualTo(html);
        JsonNode listed = api.ok(api.get(SM_LIMITED, "/rounds/" + round + "/responses?limit=100"));
        assertThat(listed.toString()).contains(RestApi.JSON.valueToTree(html).toString());

        ObjectNode unanswered = fixture.response();
        unanswered.put("respondentRef", "form-nps-none");
        unanswered.putNull("recommendation");
        JsonNode none = api.ok(api.call(SM_LIMITED, "POST", "/rounds/" + round + "/responses", unanswered.toString()));
        assertThat(none.path("recommendation").isNull()).isTrue();
        assertThat(none.path("recommendationComment").isNull()).isTrue();
    }

    @Test
    void wrongAnswersAreRefusedNamingTheFieldAndNothingIsWritten() {
        String before = fixture.snapshot();
        List<Object> wrong = List.of(-1, 11, 1.5, "abc", "5", true, Map.of("value", 5), List.of(5), 99999999999L, 1e1);
        for (Object answer : wrong) {
            JsonNode error = RestApi.assertFieldError(submit(answered("END_USER", answer)), "recommendation");
            assertThat(error.path("errors").size()).as("only recommendation for " + answer).isEqualTo(1);
        }
        ObjectNode longComment = answered("END_USER", 7);
        longComment.put("recommendationComment", "x".repeat(10 * 1024));
        RestApi.assertFieldError(submit(longComment), "recommendationComment");
        ObjectNode numberComment = answered("END_USER", 7);
        numberComment.put("recommendationComment", 7);
        RestApi.assertFieldError(submit(numberComment), "recommendationComment");
        assertThat(fixture.snapshot()).as("a refused response changed data").isEqualTo(before);
    }

    // ---- round result ------------------------------------------------------------------------

    @Test
    void theRoundResultShowsNpsBesideTheGradeWithTheAnonymityFloorPerRole() {
        JsonNode result = api.ok(api.get(SERVICE_MANAGER, "/rounds/" + fixture.org(ORG_A).openRound() + "/result"));
        JsonNode nps = result.path("nps");
        assertThat(nps.path("n").asLong()).isEqualTo(8);
        assertThat(nps.path("score").asDouble()).isCloseTo(37.5, E6);
        assertThat(nps.path("low").asDouble()).isCloseTo(-22.112311, E6);
        assertThat(nps.path("high").asDouble()).isCloseTo(76.657766, E6);
        assertThat(nps.path("meanGrade").asDouble()).isCloseTo(8.125, E6);
        assertThat(nps.path("promoters").asLong()).isEqualTo(5);
        assertThat(nps.path("passives").asLong()).isEqualTo(1);
        assertThat(nps.path("detractors").asLong()).isEqualTo(2);
        assertThat(nps.path("suppressed").asBoolean()).isFalse();
        // A baseline is compared with nothing.
        assertThat(result.path("npsVsPrevious").isNull()).isTrue();
        assertThat(result.path("npsVsBaseline").isNull()).isTrue();
        // Executives (2) are below the floor of 5; as the only hidden group they would follow from the
        // total, so the end users (6) are hidden too. ICT managers gave no answer.
        Map<String, JsonNode> roles = new java.util.HashMap<>();
        result.path("roles").forEach(role -> roles.put(role.path("role").asText(), role.path("nps")));
        assertThat(roles.get("EXECUTIVE").path("suppressed").asBoolean()).isTrue();
        assertThat(roles.get("EXECUTIVE").path("n").asLong()).isEqualTo(2);
        assertThat(roles.get("EXECUTIVE").path("score").isNull()).isTrue();
        assertThat(roles.get("EXECUTIVE").path("promoters").isNull()).isTrue();
        assertThat(roles.get("END_USER").path("suppressed").asBoolean()).isTrue();
        assertThat(roles.get("END_USER").path("n").asLong()).isEqualTo(6);
        assertThat(roles.get("ICT_MANAGER").path("n").asLong()).isZero();
        assertThat(roles.get("ICT_MANAGER").path("score").isNull()).isTrue();
    }

    @Test
    void aRoundWithoutAnswersHasAnEmptyNps() {
        JsonNode result = api.ok(api.get(AGENT, "/rounds/" + fixture.org(ORG_A).closedRound() + "/result"));
        assertThat(result.path("nps").path("n").asLong()).isZero();
        assertThat(result.path("nps").path("score").isNull()).isTrue();
        assertThat(result.path("nps").path("low").isNull()).isTrue();
        assertThat(result.path("nps").path("meanGrade").isNull()).isTrue();
    }

    // ---- satisfaction trend ------------------------------------------------------------------

    @Test
    void theTrendByHand() {
        JsonNode trend = api.ok(api.get(SERVICE_MANAGER, "/organisations/" + ORG_A + "/satisfaction-trend?months=3"));
        assertThat(trend.path("organisationId").asLong()).isEqualTo(ORG_A);
        assertThat(trend.path("timeZone").asText()).isEqualTo("Europe/Amsterdam");
        assertThat(trend.path("closedRoundsOnly").asBoolean()).isFalse();
        JsonNode months = trend.path("months");
        assertThat(months).extracting(m -> m.path("month").asText()).containsExactly("2026-01", "2026-02", "2026-03");

        JsonNode january = months.get(0);
        assertThat(january.path("csat").path("n").asLong()).isEqualTo(2);
        assertThat(january.path("csat").path("happy").asLong()).isEqualTo(2);
        assertThat(january.path("csat").path("percent").asDouble()).isCloseTo(100.0, E6);
        assertThat(january.path("csat").path("meanRating").asDouble()).isCloseTo(4.5, E6);
        assertThat(january.path("nps").path("n").asLong()).isZero();
        for (String figure : List.of("score", "low", "high", "meanGrade")) {
            assertThat(january.path("nps").path(figure).isNull()).as(figure).isTrue();
        }
        assertThat(january.path("nps").path("promoters").asLong()).isZero();

        JsonNode february = months.get(1);
        assertThat(february.path("csat").path("n").asLong()).isEqualTo(2);
        assertThat(february.path("csat").path("happy").asLong()).isZero();
        assertThat(february.path("csat").path("percent").asDouble()).isCloseTo(0.0, E6);
        assertThat(february.path("csat").path("meanRating").asDouble()).isCloseTo(2.0, E6);

        JsonNode march = months.get(2);
        assertThat(march.path("csat").path("n").asLong()).isEqualTo(4);
        assertThat(march.path("csat").path("happy").asLong()).isEqualTo(3);
        assertThat(march.path("csat").path("percent").asDouble()).isCloseTo(75.0, E6);
        assertThat(march.path("csat").path("meanRating").asDouble()).isCloseTo(4.0, E6);
        JsonNode nps = march.path("nps");
        assertThat(nps.path("n").asLong()).isEqualTo(8);
        assertThat(nps.path("score").asDouble()).isCloseTo(37.5, E6);
        assertThat(nps.path("low").asDouble()).isCloseTo(-22.112311, E6);
        assertThat(nps.path("high").asDouble()).isCloseTo(76.657766, E6);
        assertThat(nps.path("meanGrade").asDouble()).isCloseTo(8.125, E6);
        assertThat(List.of(nps.path("promoters").asLong(), nps.path("passives").asLong(), nps.path("detractors").asLong()))
                .containsExactly(5L, 1L, 2L);
    }

    @Test
    void monthsWithoutDataArePresentWithNullFiguresAndTheDefaultIsTwelve() {
        JsonNode trend = api.ok(api.get(ADMIN, "/organisations/" + ORG_B + "/satisfaction-trend"));
        JsonNode months = trend.path("months");
        assertThat(months).hasSize(12);
        assertThat(months.get(0).path("month").asText()).isEqualTo("2025-04");
        assertThat(months.get(11).path("month").asText()).isEqualTo("2026-03");
        months.forEach(month -> {
            assertThat(month.path("csat").path("n").asLong()).isZero();
            assertThat(month.path("csat").path("percent").isNull()).isTrue();
            assertThat(month.path("csat").path("meanRating").isNull()).isTrue();
            assertThat(month.path("nps").path("score").isNull()).isTrue();
        });
        assertThat(api.ok(api.get(ADMIN, "/organisations/" + ORG_B + "/satisfaction-trend?months=60")).path("months"))
                .hasSize(60);
        assertThat(api.ok(api.get(ADMIN, "/organisations/" + ORG_B + "/satisfaction-trend?months=1")).path("months"))
                .hasSize(1);
    }

    @Test
    void agentsSeeNpsOfClosedRoundsOnly() {
        JsonNode trend = api.ok(api.get(AGENT, "/organisations/" + ORG_A + "/satisfaction-trend?months=3"));
        assertThat(trend.path("closedRoundsOnly").asBoolean()).isTrue();
        assertThat(trend.path("months").get(2).path("nps").path("n").asLong()).isZero();
        assertThat(trend.path("months").get(2).path("csat").path("n").asLong()).isEqualTo(4);
    }

    @Test
    void monthsOutsideOneToSixtyOrNotAWholeNumberAreAFieldError() {
        String path = "/organisations/" + ORG_A + "/satisfaction-trend?months=";
        for (String months : List.of("0", "61", "-1", "abc", "1.5", "99999999999", "12a")) {
            JsonNode error = RestApi.assertFieldError(api.get(ADMIN, path + months), "months");
            assertThat(error.path("errors").size()).isEqualTo(1);
        }
        RestApi.assertError(api.get(ADMIN, "/organisations/987654/satisfaction-trend"), 404);
    }

    /** The trend as every role, with service managers limited to their own organisations. */
    @TestFactory
    Stream<DynamicTest> theTrendAsEveryRole() {
        List<DynamicTest> tests = new ArrayList<>();
        for (long org : List.of(ORG_A, ORG_B)) {
            for (String role : ROLES) {
                int expected = expected(role, org);
                tests.add(DynamicTest.dynamicTest("GET satisfaction-trend of " + (org == ORG_A ? "A" : "B") + " as " + role
                        + " -> " + expected, () -> {
                            HttpResponse<String> response = api.get(role, "/organisations/" + org + "/satisfaction-trend");
                            if (expected >= 400) {
                                RestApi.assertError(response, expected);
                            } else {
                                assertThat(response.statusCode()).as(RestApi.describe(response)).isEqualTo(200);
                                RestApi.assertNoInternals(response);
                                assertThat(RestApi.parse(response).path("months")).hasSize(12);
                            }
                        }));
            }
        }
        return tests.stream();
    }

    /** As the organisation's CSAT: its managers, administrators and its agents; never customers. */
    private static int expected(String role, long org) {
        return switch (role) {
            case ANONYMOUS -> 401;
            case CUSTOMER -> 403;
            case ADMIN -> 200;
            case SERVICE_MANAGER -> org == ORG_A ? 200 : 404;
            case SM_LIMITED -> org == ORG_B ? 200 : 404;
            case AGENT -> org == ORG_A ? 200 : 404;
            default -> throw new IllegalArgumentException(role);
        };
    }
}
