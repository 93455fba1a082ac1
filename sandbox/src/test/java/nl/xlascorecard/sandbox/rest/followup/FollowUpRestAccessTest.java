package nl.xlascorecard.sandbox.rest.followup;

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
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import nl.xlascorecard.sandbox.SandboxConfig;
import nl.xlascorecard.sandbox.SandboxServer;
import nl.xlascorecard.sandbox.auth.DemoUsers;
import nl.xlascorecard.sandbox.rest.RestApi;
import nl.xlascorecard.sandbox.rest.RestFixture;

/**
 * Every ratings and follow-up endpoint as every role, over HTTP, with "limit service managers to
 * their own organisations" on: the expected status for each, and for every refused write all data
 * unchanged. Organisation A is managed by {@code servicemanager} and worked for by {@code agent};
 * organisation B is managed by {@code sm.limited} only.
 */
class FollowUpRestAccessTest {

    private static final List<String> ROLES = List.of(ADMIN, SERVICE_MANAGER, SM_LIMITED, AGENT, CUSTOMER, ANONYMOUS);

    /** Who may call an endpoint, as the spec's roles and the follow-up decisions say. */
    enum Rule {
        /** See the organisation (its managers and its agents); agents may also log calls. */
        SEE,
        /** Manage the organisation: its service managers and administrators. */
        MANAGE,
        /** Agents and service managers of any organisation (not portal customers). */
        ANY_USER,
        SERVICE_MANAGER,
        ADMINISTRATOR
    }

    record Endpoint(String name, Rule rule, Long organisationId, int success, Supplier<Request> prepare) {
    }

    record Request(String method, String path, Object body) {
    }

    @TempDir
    static Path data;
    static SandboxServer server;
    static RestApi api;
    static FollowUpData followUps;
    static String ratedA;
    static String ratedB;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(SandboxConfig.forTests(data));
        api = new RestApi(server);
        RestFixture fixture = new RestFixture(api).create(true);
        followUps = new FollowUpData(server, api, fixture);
        ratedA = FollowUpData.newKey();
        ratedB = FollowUpData.newKey();
        followUps.rate(ratedA, 2, 30, ORG_A);
        followUps.rate(ratedB, 1, 30, ORG_B);
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
        Request request = endpoint.prepare().get();
        boolean write = !"GET".equals(request.method());
        String before = write && expected >= 400 ? followUps.snapshot() : null;

        HttpResponse<String> response = api.call(role, request.method(), request.path(), RestApi.json(request.body()));

        if (expected >= 400) {
            RestApi.assertError(response, expected);
            if (before != null) {
                assertThat(followUps.snapshot()).as("refused " + RestApi.describe(response) + " changed data")
                        .isEqualTo(before);
            }
        } else {
            assertThat(response.statusCode()).as(RestApi.describe(response)).isEqualTo(expected);
            RestApi.assertNoInternals(response);
            assertThat(response.headers().firstValue("Content-Type")).as(RestApi.describe(response))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        }
    }

    /** The access rules, independently of the code under test. */
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
                String manager = organisationId == ORG_A ? SERVICE_MANAGER : SM_LIMITED;
                boolean manages = administrator || manager.equals(role);
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
        all.add(new Endpoint("GET /followups", Rule.ANY_USER, null, 200, () -> new Request("GET", "/followups", null)));
        all.add(new Endpoint("GET /followup-settings", Rule.SERVICE_MANAGER, null, 200,
                () -> new Request("GET", "/followup-settings", null)));
        all.add(new Endpoint("PUT /followup-settings", Rule.ADMINISTRATOR, null, 200,
                () -> new Request("PUT", "/followup-settings", FollowUpData.settings(510))));
        all.addAll(organisationEndpoints(ORG_A, ratedA));
        all.addAll(organisationEndpoints(ORG_B, ratedB));
        return all;
    }

    private static List<Endpoint> organisationEndpoints(long org, String ratedKey) {
        String o = "/organisations/" + org;
        String label = org == ORG_A ? " (A)" : " (B)";
        List<Endpoint> all = new ArrayList<>();
        all.add(new Endpoint("GET /organisations/{id}/ratings" + label, Rule.SEE, org, 200,
                () -> new Request("GET", o + "/ratings", null)));
        all.add(new Endpoint("GET /organisations/{id}/csat" + label, Rule.SEE, org, 200,
                () -> new Request("GET", o + "/csat?days=30", null)));
        all.add(new Endpoint("GET /organisations/{id}/followup-metrics" + label, Rule.SEE, org, 200,
                () -> new Request("GET", o + "/followup-metrics", null)));
        all.add(new Endpoint("GET /requests/{key}/experience" + label, Rule.SEE, org, 200,
                () -> new Request("GET", "/requests/" + ratedKey + "/experience", null)));
        all.add(new Endpoint("GET /requests/{key}/experience of an unrated request" + label, Rule.SEE, org, 200,
                () -> new Request("GET", "/requests/" + FollowUpData.newKey() + "/experience?organisationId=" + org,
                        null)));
        all.add(new Endpoint("GET /followups?organisationId" + label, Rule.SEE, org, 200,
                () -> new Request("GET", "/followups?organisationId=" + org, null)));
        all.add(new Endpoint("GET /followups/{id}" + label, Rule.SEE, org, 200,
                () -> new Request("GET", "/followups/" + followUps.openFollowUp(org).path("id").asLong(), null)));
        all.add(new Endpoint("POST /followups/{id}/calls" + label, Rule.SEE, org, 200, () -> {
            JsonNode followUp = followUps.openFollowUp(org);
            return new Request("POST", "/followups/" + followUp.path("id").asLong() + "/calls",
                    FollowUpData.call("REACHED", followUp.path("version").asLong()));
        }));
        all.add(new Endpoint("PUT /followups/{id}/assignee" + label, Rule.MANAGE, org, 200, () -> {
            JsonNode followUp = followUps.openFollowUp(org);
            return new Request("PUT", "/followups/" + followUp.path("id").asLong() + "/assignee",
                    Map.of("assigneeKey", "jdevries", "version", followUp.path("version").asLong()));
        }));
        return all;
    }
}
