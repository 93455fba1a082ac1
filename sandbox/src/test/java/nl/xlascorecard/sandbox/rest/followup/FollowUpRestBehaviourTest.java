package nl.xlascorecard.sandbox.rest.followup;

import static nl.xlascorecard.sandbox.rest.RestApi.ADMIN;
import static nl.xlascorecard.sandbox.rest.RestApi.AGENT;
import static nl.xlascorecard.sandbox.rest.RestApi.SERVICE_MANAGER;
import static nl.xlascorecard.sandbox.rest.RestFixture.ORG_A;
import static nl.xlascorecard.sandbox.rest.RestFixture.ORG_B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import nl.xlascorecard.sandbox.SandboxConfig;
import nl.xlascorecard.sandbox.SandboxServer;
import nl.xlascorecard.sandbox.rest.RestApi;
import nl.xlascorecard.sandbox.rest.RestFixture;
import nl.xlascorecard.sandbox.servicedesk.DemoOrganisations;

/**
 * What the ratings and follow-up endpoints answer, over HTTP: the experience panel's one call, CSAT
 * figures computed by hand, the queue's order and filters, calls that close follow-ups, reassigning,
 * metrics and the settings round trip. Organisations C and D get ratings only in the test that reads
 * their figures, so the expected numbers do not depend on the order of the tests.
 */
class FollowUpRestBehaviourTest {

    /** De Linde: the agent works for it; nobody's profile lists it. */
    private static final long ORG_C = DemoOrganisations.DE_LINDE;
    private static final long ORG_D = DemoOrganisations.RIVIERENLAND;

    @TempDir
    static Path data;
    static SandboxServer server;
    static RestApi api;
    static RestFixture fixture;
    static FollowUpData followUps;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(SandboxConfig.forTests(data));
        api = new RestApi(server);
        fixture = new RestFixture(api).create(false);
        followUps = new FollowUpData(server, api, fixture);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void theExperienceOfARatedRequestHoldsEverythingThePanelShows() {
        followUps.rate(FollowUpData.newKey(), 5, 60, ORG_C);
        followUps.rate(FollowUpData.newKey(), 4, 60 * 24 * 30, ORG_C);
        followUps.rate(FollowUpData.newKey(), 3, 60 * 24 * 91, ORG_C); // outside the 90 days
        String key = FollowUpData.newKey();
        followUps.rate(key, 1, 10, ORG_C);

        JsonNode e = api.ok(api.get(AGENT, "/requests/" + key + "/experience"));

        assertThat(e.path("requestKey").asText()).isEqualTo(key);
        assertThat(e.path("rating").path("rating").asInt()).isEqualTo(1);
        assertThat(e.path("rating").path("satisfied").asBoolean()).isFalse();
        assertThat(e.path("rating").path("comment").asText()).startsWith("Het duurde");
        assertThat(e.path("followUp").path("state").asText()).isEqualTo("OPEN");
        assertThat(e.path("followUp").path("requestKey").asText()).isEqualTo(key);
        assertThat(e.path("followUp").path("timeLeftSeconds").isIntegralNumber()).isTrue();
        assertThat(e.path("organisations")).hasSize(1);
        JsonNode org = e.path("organisations").get(0);
        assertThat(org.path("id").asLong()).isEqualTo(ORG_C);
        assertThat(org.path("name").asText()).isNotBlank();
        // 5, 4 and 1 in the window: 2 of 3 satisfied, mean 10/3
        assertThat(org.path("csat").path("days").asInt()).isEqualTo(90);
        assertThat(org.path("csat").path("n").asLong()).isEqualTo(3);
        assertThat(org.path("csat").path("csatPercent").asDouble()).isCloseTo(66.6667, within(1e-3));
        assertThat(org.path("csat").path("meanRating").asDouble()).isCloseTo(3.3333, within(1e-3));
        assertThat(org.path("openFollowUps").asLong()).isEqualTo(1);
        assertThat(org.path("latestScorecard").isNull()).as("organisation C has no closed round").isTrue();
    }

    @Test
    void theExperienceShowsTheLatestClosedRoundAndNothingOfHiddenOrganisations() {
        String key = FollowUpData.newKey();
        followUps.rate(key, 4, 10, ORG_A, ORG_B);

        JsonNode admin = api.ok(api.get(ADMIN, "/requests/" + key + "/experience"));
        assertThat(admin.path("followUp").isNull()).isTrue();
        assertThat(admin.path("organisations")).extracting(o -> o.path("id").asLong()).containsExactly(ORG_A, ORG_B);
        JsonNode scorecard = admin.path("organisations").get(0).path("latestScorecard");
        assertThat(scorecard.path("roundId").asLong()).isEqualTo(fixture.org(ORG_A).closedRound());
        assertThat(scorecard.path("responses").asInt()).isEqualTo(1);
        assertThat(scorecard.path("overall").path("suppressed").asBoolean()).as("1 response < 5").isTrue();

        // The agent works for A, not for B: the request shows, B's figures do not.
        JsonNode agent = api.ok(api.get(AGENT, "/requests/" + key + "/experience"));
        assertThat(agent.path("organisations")).extracting(o -> o.path("id").asLong()).containsExactly(ORG_A);
    }

    @Test
    void requestsTheCallerMayNotSeeAreNotFound() {
        String key = FollowUpData.newKey();
        followUps.rate(key, 1, 10, ORG_B);
        JsonNode error = RestApi.assertError(api.get(AGENT, "/requests/" + key + "/experience"), 404);
        RestApi.assertError(api.get(AGENT, "/requests/" + key + "/experience?organisationId=" + ORG_A), 404);
        assertThat(error.toString()).doesNotContain(key);
        RestApi.assertError(api.get(AGENT, "/requests/ITSM-999999/experience?organisationId=" + ORG_B), 404);
    }

    @Test
    void anUnratedRequestShowsTheIssuesOrganisations() {
        JsonNode bare = api.ok(api.get(AGENT, "/requests/ITSM-777777/experience"));
        assertThat(bare.path("rating").isNull()).isTrue();
        assertThat(bare.path("followUp").isNull()).isTrue();
        assertThat(bare.path("organisations")).isEmpty();

        JsonNode withOrganisation = api.ok(api.get(AGENT, "/requests/ITSM-777777/experience?organisationId=" + ORG_A));
        assertThat(withOrganisation.path("organisations")).extracting(o -> o.path("id").asLong()).containsExactly(ORG_A);
    }

    @Test
    void csatAndRatingsOfAnOrganisation() {
        followUps.rate(FollowUpData.newKey(), 5, 60 * 24 * 2, ORG_D);
        followUps.rate(FollowUpData.newKey(), 2, 60 * 24 * 20, ORG_D);
        followUps.rate(FollowUpData.newKey(), 4, 60 * 24 * 40, ORG_D);
        followUps.rate(FollowUpData.newKey(), 4, 60, ORG_D);

        JsonNode month = api.ok(api.get(AGENT, "/organisations/" + ORG_D + "/csat?days=30"));
        // 5, 2 and 4 within 30 days: 2 of 3 satisfied; mean 11/3
        assertThat(month.path("n").asLong()).isEqualTo(3);
        assertThat(month.path("csatPercent").asDouble()).isCloseTo(66.6667, within(1e-3));
        assertThat(month.path("meanRating").asDouble()).isCloseTo(3.6667, within(1e-3));
        assertThat(month.path("distribution").toString()).isEqualTo("{\"1\":0,\"2\":1,\"3\":0,\"4\":1,\"5\":1}");
        JsonNode quarter = api.ok(api.get(AGENT, "/organisations/" + ORG_D + "/csat"));
        assertThat(quarter.path("days").asInt()).isEqualTo(90);
        assertThat(quarter.path("n").asLong()).isEqualTo(4);
        JsonNode none = api.ok(api.get(ADMIN, "/organisations/" + DemoOrganisations.WATERLAND + "/csat"));
        assertThat(none.path("n").asLong()).isZero();
        assertThat(none.path("csatPercent").isNull()).isTrue();

        JsonNode page = api.ok(api.get(AGENT, "/organisations/" + ORG_D + "/ratings?limit=2"));
        assertThat(page.path("total").asLong()).isEqualTo(4);
        assertThat(page.path("size").asInt()).isEqualTo(2);
        assertThat(page.path("isLastPage").asBoolean()).isFalse();
        assertThat(page.path("values").get(0).path("rating").asInt()).as("newest first").isEqualTo(4);
        assertThat(page.path("values").get(1).path("rating").asInt()).isEqualTo(5);
        JsonNode rest = api.ok(api.get(AGENT, "/organisations/" + ORG_D + "/ratings?start=2&limit=2"));
        assertThat(rest.path("isLastPage").asBoolean()).isTrue();
    }

    @Test
    void theQueueListsLeastTimeLeftFirstAndFilters() {
        String older = FollowUpData.newKey();
        String newer = FollowUpData.newKey();
        followUps.rate(newer, 2, 5, ORG_B);
        followUps.rate(older, 1, 60 * 24 * 7, ORG_B); // a week: past any one-business-day window

        JsonNode queue = api.ok(api.get(ADMIN, "/followups?organisationId=" + ORG_B + "&limit=100"));
        List<String> keys = new ArrayList<>();
        List<Long> timeLeft = new ArrayList<>();
        queue.path("values").forEach(f -> {
            keys.add(f.path("requestKey").asText());
            timeLeft.add(f.path("timeLeftSeconds").asLong());
            assertThat(f.path("organisationId").asLong()).isEqualTo(ORG_B);
        });
        assertThat(keys).contains(older, newer);
        assertThat(keys.indexOf(older)).isLessThan(keys.indexOf(newer));
        assertThat(timeLeft).isSorted();
        assertThat(queue.path("values").get(keys.indexOf(older)).path("overdue").asBoolean()).isTrue();

        // B's profile lists sm.limited as its service manager: its follow-ups are theirs.
        JsonNode mine = api.ok(api.get(ADMIN, "/followups?assigneeKey=sm.limited&limit=100"));
        assertThat(mine.path("values")).allSatisfy(f -> assertThat(f.path("assigneeKey").asText()).isEqualTo("sm.limited"));
        assertThat(mine.path("total").asLong()).isGreaterThanOrEqualTo(2);
        JsonNode group = api.ok(api.get(ADMIN, "/followups?unassigned=true&limit=100"));
        assertThat(group.path("values")).allSatisfy(f -> assertThat(f.path("assigneeKey").isNull()).isTrue());
        assertThat(api.ok(api.get(AGENT, "/followups?limit=100")).toString()).doesNotContain(older);
    }

    @Test
    void aReachedCustomerClosesTheFollowUpAndAMissedOneKeepsItOpen() {
        JsonNode open = followUps.openFollowUp(ORG_A);
        long id = open.path("id").asLong();
        String path = "/followups/" + id + "/calls";

        JsonNode missed = api.ok(api.call(AGENT, "POST", path,
                RestApi.json(FollowUpData.call("NOT_REACHED", open.path("version").asLong()))));
        assertThat(missed.path("state").asText()).isEqualTo("OPEN");
        assertThat(missed.path("attempts").asInt()).isEqualTo(1);
        assertThat(missed.path("outcome").asText()).isEqualTo("NOT_REACHED");
        assertThat(missed.path("contactedAt").isTextual()).isTrue();

        JsonNode reached = api.ok(api.call(SERVICE_MANAGER, "POST", path, RestApi.json(Map.of(
                "version", missed.path("version").asLong(), "outcome", "REACHED", "agreement", "Storing opgelost",
                "action", Map.of("text", "Terugbelnorm opnemen in de werkinstructie", "category", "COMMUNICATION")))));
        assertThat(reached.path("state").asText()).isEqualTo("DONE");
        assertThat(reached.path("attempts").asInt()).isEqualTo(2);
        assertThat(reached.path("agreement").asText()).isEqualTo("Storing opgelost");
        assertThat(reached.path("notes").asText()).as("kept").startsWith("Mevrouw Klant");
        long actionId = reached.path("improvementActionId").asLong();
        assertThat(api.getOk("/actions/" + actionId).path("organisationId").asLong()).isEqualTo(ORG_A);

        assertThat(api.getOk("/followups?limit=100").toString()).doesNotContain("\"id\":" + id + ",");
        RestApi.assertError(api.call(SERVICE_MANAGER, "POST", path,
                RestApi.json(FollowUpData.call("REACHED", reached.path("version").asLong()))), 409);
        JsonNode metrics = api.ok(api.get(AGENT, "/organisations/" + ORG_A + "/followup-metrics?days=7"));
        assertThat(metrics.path("closed").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(metrics.path("contacted").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(metrics.path("medianSecondsToContact").isIntegralNumber()).isTrue();
    }

    @Test
    void reassigningGivesTheFollowUpToSomeoneElseOrToTheGroup() {
        JsonNode open = followUps.openFollowUp(ORG_A);
        String path = "/followups/" + open.path("id").asLong() + "/assignee";
        assertThat(open.path("assigneeKey").asText()).isEqualTo(SERVICE_MANAGER);

        JsonNode moved = api.ok(api.call(SERVICE_MANAGER, "PUT", path,
                RestApi.json(Map.of("assigneeKey", "jdevries", "version", open.path("version").asLong()))));
        assertThat(moved.path("assigneeKey").asText()).isEqualTo("jdevries");
        assertThat(moved.path("version").asLong()).isEqualTo(open.path("version").asLong() + 1);

        JsonNode group = api.ok(api.call(SERVICE_MANAGER, "PUT", path,
                "{\"assigneeKey\":null,\"version\":" + moved.path("version").asLong() + "}"));
        assertThat(group.path("assigneeKey").isNull()).isTrue();
        RestApi.assertError(api.call(AGENT, "PUT", path,
                RestApi.json(Map.of("assigneeKey", "agent", "version", group.path("version").asLong()))), 403);
    }

    @Test
    void everyFollowUpNamesItsAssigneeByDisplayNameBesideTheKey() {
        JsonNode open = followUps.openFollowUp(ORG_A);
        long id = open.path("id").asLong();
        // The sandbox's demo users stand in for Jira's UserManager; the key stays for filters and reassigning.
        assertThat(open.path("assigneeKey").asText()).isEqualTo(SERVICE_MANAGER);
        assertThat(open.path("assigneeName").asText()).isEqualTo("Sanne de Vries");
        assertThat(open.toString()).contains("\"assigneeKey\":\"servicemanager\",\"assigneeName\":\"Sanne de Vries\"");

        JsonNode experience = api.ok(api.get(ADMIN, "/requests/" + open.path("requestKey").asText() + "/experience"));
        assertThat(experience.path("followUp").path("assigneeName").asText()).isEqualTo("Sanne de Vries");
        // B's profile lists sm.limited: the whole page is named, each by its own user.
        JsonNode page = api.ok(api.get(ADMIN, "/followups?limit=100"));
        assertThat(page.path("values")).isNotEmpty().allSatisfy(f -> assertThat(f.path("assigneeName").isNull())
                .isEqualTo(f.path("assigneeKey").isNull()));
        assertThat(page.path("values")).filteredOn(f -> f.path("assigneeKey").asText().equals("sm.limited"))
                .isNotEmpty().allSatisfy(f -> assertThat(f.path("assigneeName").asText()).isEqualTo("Mehmet Yilmaz"));

        // A user the directory does not know (deleted, in Jira) reads as the key; the group has no name.
        String path = "/followups/" + id + "/assignee";
        JsonNode unknown = api.ok(api.call(SERVICE_MANAGER, "PUT", path,
                RestApi.json(Map.of("assigneeKey", "jdevries", "version", open.path("version").asLong()))));
        assertThat(unknown.path("assigneeName").asText()).isEqualTo("jdevries");
        assertThat(api.getOk("/followups/" + id).path("assigneeName").asText()).isEqualTo("jdevries");
        JsonNode group = api.ok(api.call(SERVICE_MANAGER, "PUT", path,
                "{\"assigneeKey\":null,\"version\":" + unknown.path("version").asLong() + "}"));
        assertThat(group.has("assigneeName")).isTrue();
        assertThat(group.path("assigneeName").isNull()).isTrue();
        JsonNode call = api.ok(api.call(SERVICE_MANAGER, "POST", "/followups/" + id + "/calls",
                RestApi.json(FollowUpData.call("NOT_REACHED", group.path("version").asLong()))));
        assertThat(call.path("assigneeName").isNull()).isTrue();
    }

    @Test
    void settingsRoundTripAndApplyToNewFollowUps() {
        JsonNode defaults = api.getOk("/followup-settings");
        assertThat(defaults.path("calendar").path("workingHours").path("MONDAY").path("opens").asText()).isEqualTo("08:30");
        assertThat(defaults.path("calendar").path("workingHours").has("SATURDAY")).isFalse();
        try {
            Map<String, Object> changed = FollowUpData.settings(1020);
            JsonNode saved = api.ok(api.call(ADMIN, "PUT", "/followup-settings", RestApi.json(changed)));
            assertThat(saved).isEqualTo(RestApi.JSON.valueToTree(changed));
            assertThat(api.ok(api.get(SERVICE_MANAGER, "/followup-settings"))).isEqualTo(saved);
        } finally {
            api.callOk("PUT", "/followup-settings", defaults);
        }
        assertThat(api.getOk("/followup-settings")).isEqualTo(defaults);
    }
}
