package nl.xlascorecard.sandbox.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import nl.xlascorecard.sandbox.auth.CurrentVisitor;
import nl.xlascorecard.sandbox.auth.DemoUser;
import nl.xlascorecard.sandbox.web.SandboxText;

/**
 * {@code /rest/sandbox/1.0/dashboard/items/{itemKey}/preferences}: where the sandbox's dashboard host
 * keeps what an item hands to {@code API.savePreferences} (Jira does this inside its dashboard
 * plugin). Part of the sandbox host, not of the app. Logged-in users, their own preferences only;
 * GET answers {@code {}} when nothing was saved. PUT takes a JSON object of strings (Jira's
 * preference values are strings) and needs {@code X-Atlassian-Token: no-check} like every browser
 * write in Jira (403 without). Unknown item keys are 404; a body that is not such an object is 400 in
 * Jira's error shape, and nothing is saved.
 */
@Path("dashboard/items/{itemKey}/preferences")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardPreferencesResource {

    /** Preferences per item and the length of one value: generous for ids of 100 organisations. */
    static final int MAX_ENTRIES = 20;
    static final int MAX_VALUE = 2000;
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,49}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DashboardPreferences preferences;
    private final Set<String> itemKeys;

    public DashboardPreferencesResource(DashboardPreferences preferences, Set<String> itemKeys) {
        this.preferences = preferences;
        this.itemKeys = Set.copyOf(itemKeys);
    }

    @GET
    public Response get(@PathParam("itemKey") String itemKey) {
        if (!itemKeys.contains(itemKey)) {
            return error(Response.Status.NOT_FOUND, "sandbox.error.notFound", null);
        }
        return Response.ok(preferences.find(user().username(), itemKey).orElse(Map.of())).build();
    }

    @PUT
    @Consumes(MediaType.WILDCARD)
    public Response put(@PathParam("itemKey") String itemKey, @HeaderParam("X-Atlassian-Token") String token, String body) {
        if (!"no-check".equals(token)) {
            return error(Response.Status.FORBIDDEN, "sandbox.error.xsrf", null);
        }
        if (!itemKeys.contains(itemKey)) {
            return error(Response.Status.NOT_FOUND, "sandbox.error.notFound", null);
        }
        Map<String, String> parsed = parse(body);
        if (parsed == null) {
            return error(Response.Status.BAD_REQUEST, "sandbox.dashboard.badPreferences", "preferences");
        }
        preferences.save(user().username(), itemKey, parsed);
        return Response.ok(parsed).build();
    }

    /** A JSON object of at most MAX_ENTRIES string values with plain names, else null. */
    static Map<String, String> parse(String body) {
        JsonNode node;
        try {
            node = body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (java.io.IOException e) {
            return null;
        }
        if (node == null || !node.isObject() || node.size() > MAX_ENTRIES) {
            return null;
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            JsonNode value = field.getValue();
            if (!NAME.matcher(field.getKey()).matches() || !value.isTextual() || value.textValue().length() > MAX_VALUE) {
                return null;
            }
            result.put(field.getKey(), value.textValue());
        }
        return result;
    }

    private static DemoUser user() {
        // The REST access feature lets only logged-in users reach a resource without annotations.
        return CurrentVisitor.user().orElseThrow();
    }

    private static Response error(Response.Status status, String key, String field) {
        String message = new SandboxText(CurrentVisitor.get().locale()).get(key);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errorMessages", field == null ? List.of(message) : List.of());
        body.put("errors", field == null ? Map.of() : Map.of(field, message));
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
