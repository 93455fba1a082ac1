package nl.xlascorecard.sandbox.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.xlascorecard.sandbox.SandboxClient;
import nl.xlascorecard.sandbox.SandboxServer;

/**
 * Calls the app's REST API on a running sandbox as one of the demo users (or nobody), over real
 * HTTP, and checks answers against the API's rules (JSON, Jira's error shape, no internals).
 */
public final class RestApi {

    public static final String BASE = "/rest/xla-scorecard/1.0";
    public static final String ANONYMOUS = "anonymous";
    public static final String ADMIN = "admin";
    public static final String SERVICE_MANAGER = "servicemanager";
    public static final String SM_LIMITED = "sm.limited";
    public static final String AGENT = "agent";
    public static final String CUSTOMER = "customer";

    public static final ObjectMapper JSON = new ObjectMapper();

    private final SandboxServer server;
    private final Map<String, SandboxClient> clients = new HashMap<>();

    public RestApi(SandboxServer server) {
        this.server = server;
    }

    /** A session of {@code user}, logged in once and reused. */
    public SandboxClient client(String user) {
        return clients.computeIfAbsent(user, u -> server.client(ANONYMOUS.equals(u) ? null : u));
    }

    public HttpResponse<String> get(String user, String path) {
        return call(user, "GET", path, null);
    }

    /** A request as the app's pages send it: JSON, with the XSRF header on writes. */
    public HttpResponse<String> call(String user, String method, String path, String body) {
        return send(user, request(user, method, path, body).header("X-Atlassian-Token", "no-check"));
    }

    /** The same without the XSRF header. */
    public HttpResponse<String> callWithoutXsrfHeader(String user, String method, String path, String body) {
        return send(user, request(user, method, path, body));
    }

    public HttpRequest.Builder request(String user, String method, String path, String body) {
        HttpRequest.Builder request = client(user).request(BASE + path);
        if (body == null) {
            return request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
    }

    public HttpResponse<String> send(String user, HttpRequest.Builder request) {
        return client(user).send(request);
    }

    /** The body of a successful answer, failing with the answer when it was not. */
    public JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(describe(response)).isBetween(200, 299);
        return parse(response);
    }

    public JsonNode getOk(String path) {
        return ok(get(ADMIN, path));
    }

    public JsonNode callOk(String method, String path, Object body) {
        return ok(call(ADMIN, method, path, json(body)));
    }

    public static JsonNode parse(HttpResponse<String> response) {
        try {
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new AssertionError("Not JSON: " + describe(response), e);
        }
    }

    public static String json(Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * Asserts Jira's error shape with the status: JSON, {@code errorMessages} a list of texts,
     * {@code errors} an object of texts, at least one text, and nothing of the server's insides.
     */
    public static JsonNode assertError(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(describe(response)).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(describe(response))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertNoInternals(response);
        JsonNode body = parse(response);
        assertThat(body.isObject()).as(describe(response)).isTrue();
        assertThat(body.path("errorMessages").isArray()).as(describe(response)).isTrue();
        assertThat(body.path("errors").isObject()).as(describe(response)).isTrue();
        assertThat(body.size()).as("only errorMessages and errors: " + describe(response)).isEqualTo(2);
        body.path("errorMessages").forEach(text -> assertThat(text.isTextual()).isTrue());
        body.path("errors").forEach(text -> assertThat(text.isTextual()).isTrue());
        assertThat(body.path("errorMessages").size() + body.path("errors").size()).as(describe(response)).isPositive();
        // Every text comes from the bundle: a key ("xla.error...") means a translation is missing.
        assertThat(response.body()).as(describe(response)).doesNotContain("\"xla.");
        return body;
    }

    /** Asserts a 400 whose {@code errors} name {@code field}. */
    public static JsonNode assertFieldError(HttpResponse<String> response, String field) {
        JsonNode body = assertError(response, 400);
        assertThat(body.path("errors").has(field)).as("errors name " + field + ": " + describe(response)).isTrue();
        return body;
    }

    public static void assertNoInternals(HttpResponse<String> response) {
        assertThat(response.body()).as(describe(response))
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain("java.")
                .doesNotContain("nl.xlascorecard")
                .doesNotContain("jakarta.")
                .doesNotContain("com.fasterxml")
                .doesNotContainIgnoringCase("<html");
    }

    public static String describe(HttpResponse<String> response) {
        return response.request().method() + " " + response.uri() + " -> " + response.statusCode() + " " + response.body();
    }
}
