package nl.xlascorecard.sandbox.rest.target;

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
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import nl.xlascorecard.sandbox.SandboxConfig;
import nl.xlascorecard.sandbox.SandboxServer;
import nl.xlascorecard.sandbox.auth.DemoUsers;
import nl.xlascorecard.sandbox.rest.RestApi;
import nl.xlascorecard.sandbox.rest.RestFixture;

/**
 * Every XLA target endpoint as every role over HTTP, with "limit service managers to their own
 * organisations" on: the expected status for each, and for every refused write all target data
 * unchanged. Organisation A is managed by {@code servicemanager} and worked for by {@code agent};
 * organisation B is managed by {@code sm.limited} only. Portal customers are not licensed users:
 * the REST layer refuses them (403) before any rule of the app.
 */
class TargetRestAccessTest {

    private static final List<String> ROLES = List.of(ADMIN, SERVICE_MANAGER, SM_LIMITED, AGENT, CUSTOMER, ANONYMOUS);

    enum Rule {
        /** See the organisation: its service managers, administrators and its agents. */
        SEE,
        /** Manage the organisation: its service managers and administrators. */
        MANAGE,
        /** Anybody who sees some organisation (agents, service managers). */
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
    static TargetData targets;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(SandboxConfig.forTests(data));
        api = new RestApi(server);
        new RestFixture(api).create(true);
        targets = new TargetData(api);
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
        String before = write && expected >= 400 ? targets.snapshot() : null;

        HttpResponse<String> response = api.call(role, request.method(), request.path(), RestApi.json(request.body()));

        if (expected >= 400) {
            RestApi.assertError(response, expected);
            if (before != null) {
                assertThat(targets.snapshot()).as("refused " + RestApi.describe(response) + " changed data").isEqualTo(before);
            }
        } else {
            assertThat(response.statusCode()).as(RestApi.describe(response)).isEqualTo(expected);
            RestApi.assertNoInternals(response);
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
        all.add(new Endpoint("GET /xla/overview", Rule.ANY_USER, null, 200,
                () -> new Request("GET", "/xla/overview?slaDays=30", null)));
        all.add(new Endpoint("GET /targets/defaults", Rule.SERVICE_MANAGER, null, 200,
                () -> new Request("GET", "/targets/defaults", null)));
        all.add(new Endpoint("POST /targets/defaults", Rule.ADMINISTRATOR, null, 201, () -> {
            targets.withoutDefault("EMPATHY");
            return new Request("POST", "/targets/defaults", TargetData.category("EMPATHY"));
        }));
        all.add(new Endpoint("GET /targets/defaults/{id}", Rule.SERVICE_MANAGER, null, 200,
                () -> new Request("GET", "/targets/defaults/" + targets.defaultTarget("ASSURANCE"), null)));
        all.add(new Endpoint("PUT /targets/defaults/{id}", Rule.ADMINISTRATOR, null, 200,
                () -> new Request("PUT", "/targets/defaults/" + targets.defaultTarget("ASSURANCE"),
                        TargetData.category("ASSURANCE"))));
        all.add(new Endpoint("DELETE /targets/defaults/{id}", Rule.ADMINISTRATOR, null, 204,
                () -> new Request("DELETE", "/targets/defaults/" + targets.defaultTarget("PARTNERSHIP"), null)));
        all.addAll(organisationEndpoints(ORG_A));
        all.addAll(organisationEndpoints(ORG_B));
        return all;
    }

    private static List<Endpoint> organisationEndpoints(long org) {
        String o = "/organisations/" + org;
        String label = org == ORG_A ? " (A)" : " (B)";
        List<Endpoint> all = new ArrayList<>();
        all.add(new Endpoint("GET /xla/overview?organisationId" + label, Rule.SEE, org, 200,
                () -> new Request("GET", "/xla/overview?organisationId=" + org, null)));
        all.add(new Endpoint("GET /organisations/{id}/targets" + label, Rule.SEE, org, 200,
                () -> new Request("GET", o + "/targets", null)));
        all.add(new Endpoint("POST /organisations/{id}/targets" + label, Rule.MANAGE, org, 201, () -> {
            targets.withoutOwnMeanRating(org);
            return new Request("POST", o + "/targets", TargetData.meanRating(4.2));
        }));
        all.add(new Endpoint("GET /organisations/{id}/targets/{targetId}" + label, Rule.SEE, org, 200,
                () -> new Request("GET", o + "/targets/" + targets.ownMeanRating(org), null)));
        all.add(new Endpoint("PUT /organisations/{id}/targets/{targetId}" + label, Rule.MANAGE, org, 200,
                () -> new Request("PUT", o + "/targets/" + targets.ownMeanRating(org), TargetData.meanRating(3.9))));
        all.add(new Endpoint("DELETE /organisations/{id}/targets/{targetId}" + label, Rule.MANAGE, org, 204,
                () -> new Request("DELETE", o + "/targets/" + targets.ownMeanRating(org), null)));
        all.add(new Endpoint("GET /organisations/{id}/targets/{targetId}/history" + label, Rule.SEE, org, 200,
                () -> new Request("GET", o + "/targets/" + targets.ownMeanRating(org) + "/history", null)));
        return all;
    }
}
