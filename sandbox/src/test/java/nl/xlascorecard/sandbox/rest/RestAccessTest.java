package nl.xlascorecard.sandbox.rest;

import static nl.xlascorecard.sandbox.rest.RestApi.ADMIN;
import static nl.xlascorecard.sandbox.rest.RestApi.AGENT;
import static nl.xlascorecard.sandbox.rest.RestApi.ANONYMOUS;
import static nl.xlascorecard.sandbox.rest.RestApi.CUSTOMER;
import static nl.xlascorecard.sandbox.rest.RestApi.SERVICE_MANAGER;
import static nl.xlascorecard.sandbox.rest.RestApi.SM_LIMITED;
import static nl.xlascorecard.sandbox.rest.RestFixture.ORG_A;
import static nl.xlascorecard.sandbox.rest.RestFixture.ORG_B;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

import nl.xlascorecard.sandbox.SandboxConfig;
import nl.xlascorecard.sandbox.SandboxServer;
import nl.xlascorecard.sandbox.auth.DemoUsers;
import nl.xlascorecard.sandbox.servicedesk.DemoOrganisations;

/**
 * Every endpoint as every role, over HTTP, with "limit service managers to their own organisations"
 * on: the expected status for each, and for every refused write the data unchanged. Organisation A
 * is managed by {@code servicemanager} and worked for by {@code agent}; organisation B is managed
 * by {@code sm.limited} only.
 */
class RestAccessTest {

    private static final List<String> ROLES = List.of(ADMIN, SERVICE_MANAGER, SM_LIMITED, AGENT, CUSTOMER, ANONYMOUS);

    /** Who may call an endpoint, as the spec's roles say. */
    enum Rule {
        /** Read an organisation's data: its managers and the agents working for it. */
        SEE,
        /** Change an organisation's data, or read what only its managers read (responses, proposals). */
        MANAGE,
        /** Any user of the app (not portal customers). */
        ANY_USER,
        /** Service managers and administrators. */
        SERVICE_MANAGER,
        /** Administrators only. */
        ADMINISTRATOR
    }

    /** A request to send as one role; {@code prepare} makes a fresh target (as the administrator). */
    record Endpoint(String name, Rule rule, Long organisationId, int success, Function<RestFixture, Request> prepare) {
    }

    record Request(String method, String path, Object body) {
    }

    @TempDir
    static Path data;
    static SandboxServer server;
    static RestApi api;
    static RestFixture fixture;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(SandboxConfig.forTests(data));
        api = new RestApi(server);
        fixture = new RestFixture(api).create(true);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAsEveryRole() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (String role : ROLES) {
                int expected = expected(endpoint, role);
                tests.add(DynamicTest.dynamicTest(endpoint.name() + " as " + role + " -> " + expected,
                        () -> check(endpoint, role, expected)));
            }
        }
        return tests.stream();
    }

    private static void check(Endpoint endpoint, String role, int expected) {
        Request request = endpoint.prepare().apply(fixture);
        boolean write = !"GET".equals(request.method());
        String before = write && expected >= 400 ? fixture.snapshot() : null;

        HttpResponse<String> response = api.call(role, request.method(), request.path(), RestApi.json(request.body()));

        if (expected >= 400) {
            RestApi.assertError(response, expected);
            if (before != null) {
                assertThat(fixture.snapshot()).as("refused " + RestApi.describe(response) + " changed data").isEqualTo(before);
            }
        } else {
            assertThat(response.statusCode()).as(RestApi.describe(response)).isEqualTo(expected);
            RestApi.assertNoInternals(response);
            assertThat(response.headers().firstValue("Content-Type")).as(RestApi.describe(response))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        }
    }

    /** The spec's access rules, independently of the code under test. */
    private static int expected(Endpoint endpoint, String role) {
        if (ANONYMOUS.equals(role)) {
            return 401;
        }
        if (CUSTOMER.equals(role)) {
            return 403;
        }
        boolean administrator = ADMIN.equals(role);
        boolean serviceManager = administrator || SERVICE_MANAGER.equals(role) || SM_LIMITED.equals(role);
        return switch (endpoint.rule()) {
            case ANY_USER -> endpoint.success();
            case SERVICE_MANAGER -> serviceManager ? endpoint.success() : 403;
            case ADMINISTRATOR -> administrator ? endpoint.success() : 403;
            case SEE, MANAGE -> {
                long organisationId = endpoint.organisationId();
                boolean manages = administrator || fixture.org(organisationId).manager().equals(role);
                boolean agentOf = AGENT.equals(role) && DemoUsers.AGENT_ORGANISATIONS.contains(organisationId);
                if (manages) {
                    yield endpoint.success();
                }
                if (agentOf) {
                    yield endpoint.rule() == Rule.SEE ? endpoint.success() : 403;
                }
                yield 404;
            }
        };
    }

    private static List<Endpoint> endpoints() {
        List<Endpoint> all = new ArrayList<>();
        all.add(new Endpoint("GET /organisations", Rule.ANY_USER, null, 200, f -> new Request("GET", "/organisations", null)));
        all.add(new Endpoint("GET /template", Rule.ANY_USER, null, 200, f -> new Request("GET", "/template", null)));
        all.add(new Endpoint("GET /template/versions/1", Rule.ANY_USER, null, 200,
                f -> new Request("GET", "/template/versions/1", null)));
        all.add(new Endpoint("GET /settings", Rule.SERVICE_MANAGER, null, 200, f -> new Request("GET", "/settings", null)));
        all.add(new Endpoint("PUT /settings", Rule.ADMINISTRATOR, null, 200, f -> new Request("PUT", "/settings",
                Map.of("serviceManagerGroup", "xla-service-managers", "limitServiceManagersToOwnOrganisations", true,
                        "attentionThreshold", 60, "minimumGroupSize", 5))));
        all.add(new Endpoint("POST /template", Rule.ADMINISTRATOR, null, 201,
                f -> new Request("POST", "/template", f.templateEdit())));
        for (long org : List.of(ORG_A, ORG_B)) {
            all.addAll(organisationEndpoints(org));
        }
        return all;
    }

    private static List<Endpoint> organisationEndpoints(long org) {
        String o = "/organisations/" + org;
        String label = org == ORG_A ? " (A)" : " (B)";
        List<Endpoint> all = new ArrayList<>();
        all.add(new Endpoint("GET /organisations/{id}" + label, Rule.SEE, org, 200, f -> new Request("GET", o, null)));
        all.add(new Endpoint("PUT /organisations/{id}/profile" + label, Rule.MANAGE, org, 200, f -> new Request("PUT",
                o + "/profile", f.profile(f.org(org).manager(), 4, api.getOk(o).path("version").asLong()))));
        all.add(new Endpoint("GET /organisations/{id}/rounds" + label, Rule.SEE, org, 200,
                f -> new Request("GET", o + "/rounds", null)));
        all.add(new Endpoint("POST /organisations/{id}/rounds" + label, Rule.MANAGE, org, 201,
                f -> new Request("POST", o + "/rounds", RestFixture.round("PERIODIC"))));
        all.add(new Endpoint("GET /organisations/{id}/round-proposals" + label, Rule.MANAGE, org, 200,
                f -> new Request("GET", o + "/round-proposals", null)));
        all.add(new Endpoint("GET /organisations/{id}/latest-result" + label, Rule.SEE, org, 200,
                f -> new Request("GET", o + "/latest-result", null)));
        all.add(new Endpoint("GET /organisations/{id}/actions" + label, Rule.SEE, org, 200,
                f -> new Request("GET", o + "/actions?state=OPEN", null)));
        all.add(new Endpoint("POST /organisations/{id}/actions" + label, Rule.MANAGE, org, 201,
                f -> new Request("POST", o + "/actions", RestFixture.actionFields())));
        all.add(new Endpoint("GET /rounds/{id}" + label, Rule.SEE, org, 200,
                f -> new Request("GET", "/rounds/" + f.org(org).closedRound(), null)));
        all.add(new Endpoint("POST /rounds/{id}/open" + label, Rule.MANAGE, org, 200, f -> {
            JsonNode round = f.plannedRound(org, "PERIODIC");
            return new Request("POST", "/rounds/" + round.path("id").asLong() + "/open",
                    Map.of("version", round.path("version").asLong()));
        }));
        all.add(new Endpoint("POST /rounds/{id}/close" + label, Rule.MANAGE, org, 200, f -> {
            long round = f.openRound(org, "PERIODIC");
            return new Request("POST", "/rounds/" + round + "/close",
                    Map.of("version", api.getOk("/rounds/" + round).path("version").asLong()));
        }));
        all.add(new Endpoint("GET /rounds/{id}/result" + label, Rule.SEE, org, 200,
                f -> new Request("GET", "/rounds/" + f.org(org).closedRound() + "/result", null)));
        // An interim result is for managers only: an agent differencing two reads would see one response.
        all.add(new Endpoint("GET /rounds/{id}/result of an OPEN round" + label, Rule.MANAGE, org, 200,
                f -> new Request("GET", "/rounds/" + f.org(org).openRound() + "/result", null)));
        all.add(new Endpoint("GET /rounds/{id}/responses" + label, Rule.MANAGE, org, 200,
                f -> new Request("GET", "/rounds/" + f.org(org).closedRound() + "/responses", null)));
        all.add(new Endpoint("POST /rounds/{id}/responses" + label, Rule.MANAGE, org, 201,
                f -> new Request("POST", "/rounds/" + f.org(org).openRound() + "/responses", f.response())));
        all.add(new Endpoint("GET /actions/{id}" + label, Rule.SEE, org, 200,
                f -> new Request("GET", "/actions/" + f.org(org).action(), null)));
        all.add(new Endpoint("PUT /actions/{id}" + label, Rule.MANAGE, org, 200, f -> {
            JsonNode action = f.action(org);
            ObjectNode edit = RestApi.JSON.valueToTree(RestFixture.actionFields());
            edit.put("text", "Kwartaaloverleg met de ICT-manager");
            edit.put("version", action.path("version").asLong());
            return new Request("PUT", "/actions/" + action.path("id").asLong(), edit);
        }));
        all.add(new Endpoint("POST /actions/{id}/state" + label, Rule.MANAGE, org, 200, f -> {
            JsonNode action = f.action(org);
            return new Request("POST", "/actions/" + action.path("id").asLong() + "/state",
                    Map.of("state", "DONE", "version", action.path("version").asLong()));
        }));
        return all;
    }

    /** A hidden item answers exactly like a missing one: same status and same body. */
    @Test
    void hiddenAndMissingItemsGiveIdenticalNotFoundBodies() {
        RestFixture.Organisation hidden = fixture.org(ORG_B);
        Map<String, String> hiddenToMissing = Map.of(
                "/organisations/" + hidden.id(), "/organisations/987654",
                "/organisations/" + hidden.id() + "/rounds", "/organisations/987654/rounds",
                "/rounds/" + hidden.closedRound(), "/rounds/987654",
                "/rounds/" + hidden.closedRound() + "/result", "/rounds/987654/result",
                "/actions/" + hidden.action(), "/actions/987654");
        hiddenToMissing.forEach((hiddenPath, missingPath) -> {
            HttpResponse<String> hiddenAnswer = api.get(SERVICE_MANAGER, hiddenPath);
            HttpResponse<String> missingAnswer = api.get(SERVICE_MANAGER, missingPath);
            RestApi.assertError(hiddenAnswer, 404);
            RestApi.assertError(missingAnswer, 404);
            assertThat(hiddenAnswer.body()).as(hiddenPath).isEqualTo(missingAnswer.body());
        });
    }

    @Test
    void eachRoleListsExactlyTheOrganisationsItMaySee() {
        assertThat(visible(ADMIN)).hasSize(DemoOrganisations.ALL.size());
        assertThat(visible(SERVICE_MANAGER)).containsExactly(ORG_A);
        assertThat(visible(SM_LIMITED)).containsExactly(ORG_B);
        assertThat(visible(AGENT)).isEqualTo(new TreeSet<>(DemoUsers.AGENT_ORGANISATIONS));
    }

    @Test
    void withoutTheLimitEveryServiceManagerSeesEveryOrganisation() {
        fixture.settings(false);
        try {
            assertThat(visible(SERVICE_MANAGER)).hasSize(DemoOrganisations.ALL.size());
            assertThat(visible(SM_LIMITED)).hasSize(DemoOrganisations.ALL.size());
            assertThat(api.get(SERVICE_MANAGER, "/organisations/" + ORG_B).statusCode()).isEqualTo(200);
        } finally {
            fixture.settings(true);
        }
    }

    private static Set<Long> visible(String role) {
        JsonNode page = api.ok(api.get(role, "/organisations?limit=100"));
        assertThat(page.path("size").asInt()).isEqualTo(page.path("values").size());
        assertThat(page.path("total").asLong()).isEqualTo(page.path("values").size());
        assertThat(page.path("isLastPage").asBoolean()).isTrue();
        Set<Long> ids = new TreeSet<>();
        page.path("values").forEach(org -> ids.add(org.path("id").asLong()));
        return ids;
    }
}
