package nl.xlascorecard.sandbox.rest.target;

import static nl.xlascorecard.sandbox.rest.RestApi.ADMIN;
import static nl.xlascorecard.sandbox.rest.RestApi.AGENT;
import static nl.xlascorecard.sandbox.rest.RestFixture.ORG_A;
import static nl.xlascorecard.sandbox.rest.RestFixture.ORG_B;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import nl.xlascorecard.sandbox.SandboxConfig;
import nl.xlascorecard.sandbox.SandboxServer;
import nl.xlascorecard.sandbox.rest.RestApi;
import nl.xlascorecard.sandbox.rest.RestFixture;

/** What the target endpoints answer: the overview's fixed JSON contract, inheritance, history. */
class TargetRestBehaviourTest {

    @TempDir
    static Path data;
    static SandboxServer server;
    static RestApi api;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(SandboxConfig.forTests(data));
        api = new RestApi(server);
        new RestFixture(api).create(false);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void theOverviewKeepsItsContract() {
        JsonNode page = api.getOk("/xla/overview?organisationId=" + ORG_A + "&organisationId=" + ORG_B + "&slaDays=30");
        assertThat(names(page)).containsExactly("start", "limit", "size", "total", "isLastPage", "values");
        assertThat(page.path("limit").asInt()).isEqualTo(50);
        assertThat(page.path("total").asInt()).isEqualTo(2);
        JsonNode row = page.path("values").get(0);
        assertThat(names(row)).containsExactly("organisation", "sla", "worstStatus", "watermelon", "targets");
        assertThat(names(row.path("organisation"))).containsExactly("id", "name");
        assertThat(row.path("sla").isNull()).as("no simulated requests in this sandbox: no SLA data").isTrue();
        assertThat(row.path("watermelon").isBoolean()).isTrue();
        JsonNode target = row.path("targets").get(0);
        assertThat(names(target)).containsExactly("id", "metric", "category", "comparison", "threshold", "warningMargin",
                "window", "minimumDataPoints", "inherited", "status", "value", "n", "statusSince", "evaluatedAt");
        assertThat(names(target.path("window"))).containsExactly("kind", "days");
        // The shipped defaults (other tests may add more), evaluated when the fixture's rounds closed.
        List<String> metrics = new ArrayList<>();
        row.path("targets").forEach(t -> metrics.add(t.path("metric").asText()));
        assertThat(metrics).startsWith("CSAT_PERCENT", "NPS", "SCORECARD_OVERALL").endsWith("FOLLOW_UPS_IN_WINDOW_PERCENT",
                "RESPONSE_RATE");
        JsonNode nps = row.path("targets").get(1);
        assertThat(nps.path("window").path("kind").asText()).isEqualTo("LATEST_CLOSED_ROUND");
        assertThat(nps.path("window").has("days") && nps.path("window").path("days").isNull()).isTrue();
        assertThat(nps.path("inherited").asBoolean()).isTrue();
        JsonNode overall = row.path("targets").get(2);
        assertThat(overall.path("status").asText()).isEqualTo("NO_DATA"); // one respondent: fewer than 5
        assertThat(overall.path("statusSince").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        // Response rate 1 of 40 invited = 2.5 % against the default of at least 30 %.
        JsonNode rate = row.path("targets").get(row.path("targets").size() - 1);
        assertThat(rate.path("status").asText()).isEqualTo("BREACHED");
        assertThat(rate.path("value").asDouble()).isEqualTo(2.5);
        assertThat(row.path("worstStatus").asText()).isEqualTo("BREACHED");
        assertThat(row.path("watermelon").asBoolean()).isFalse();
    }

    @Test
    void anOwnTargetOverridesTheDefaultAndItsHistoryIsKept() {
        JsonNode created = api.callOk("POST", "/organisations/" + ORG_B + "/targets",
                TargetData.body("RESPONSE_RATE", null, 5, "LATEST_CLOSED_ROUND", null));
        long id = created.path("id").asLong();
        assertThat(created.path("inherited").asBoolean()).isFalse();
        // The fixture's closed round: 1 response of 40 invitations = 2.5 % < 5 -> BREACHED, n = 40 invitations
        assertThat(created.path("status").asText()).isEqualTo("BREACHED");
        assertThat(created.path("value").asDouble()).isEqualTo(2.5);
        assertThat(created.path("n").asLong()).isEqualTo(40);
        List<String> responseRates = new ArrayList<>();
        api.getOk("/organisations/" + ORG_B + "/targets").forEach(t -> {
            if ("RESPONSE_RATE".equals(t.path("metric").asText())) {
                responseRates.add(t.path("id").asLong() + ":" + t.path("inherited").asBoolean());
            }
        });
        assertThat(responseRates).containsExactly(id + ":false");

        JsonNode history = api.getOk("/organisations/" + ORG_B + "/targets/" + id + "/history");
        assertThat(names(history)).containsExactly("start", "limit", "size", "total", "isLastPage", "values");
        assertThat(history.path("values").get(0).path("from").isNull()).isTrue();
        assertThat(history.path("values").get(0).path("to").asText()).isEqualTo("BREACHED");

        HttpResponse<String> deleted = api.call(ADMIN, "DELETE", "/organisations/" + ORG_B + "/targets/" + id, null);
        assertThat(deleted.statusCode()).isEqualTo(204);
        List<String> after = new ArrayList<>();
        api.getOk("/organisations/" + ORG_B + "/targets").forEach(t -> {
            if ("RESPONSE_RATE".equals(t.path("metric").asText())) {
                after.add(String.valueOf(t.path("inherited").asBoolean()));
            }
        });
        assertThat(after).containsExactly("true");
    }

    @Test
    void theAgentsOverviewHoldsOnlyTheirOrganisations() {
        JsonNode page = api.ok(api.get(AGENT, "/xla/overview"));
        List<Long> ids = new ArrayList<>();
        page.path("values").forEach(v -> ids.add(v.path("organisation").path("id").asLong()));
        assertThat(ids).contains(ORG_A).doesNotContain(ORG_B);
        assertThat(page.path("total").asLong()).isEqualTo(ids.size());
    }

    @Test
    void createdTargetsAnswer201WithTheirAddress() {
        HttpResponse<String> response = api.call(ADMIN, "POST", "/targets/defaults",
                RestApi.json(TargetData.category("COMMUNICATION")));
        assertThat(response.statusCode()).isEqualTo(201);
        long id = RestApi.parse(response).path("id").asLong();
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/rest/xla-scorecard/1.0/targets/defaults/" + id));
        HttpResponse<String> own = api.call(ADMIN, "POST", "/organisations/" + ORG_A + "/targets",
                RestApi.json(TargetData.category("COMMUNICATION")));
        assertThat(own.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/rest/xla-scorecard/1.0/organisations/" + ORG_A + "/targets/" + RestApi.parse(own).path("id").asLong()));
        assertThat(api.getOk("/targets/defaults/" + id).path("category").asText()).isEqualTo("COMMUNICATION");
    }
}
