package nl.xlascorecard.sandbox.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.xlascorecard.sandbox.servicedesk.DemoOrganisations;

/**
 * A small data set created through the API as the administrator, on a sandbox started without demo
 * data: two organisations with a service manager each, and per organisation an open BASELINE round,
 * a closed round with a response, and an improvement action. Also builds valid request bodies.
 */
public final class RestFixture {

    /** Noorderlicht: managed by {@code servicemanager}; {@code agent} works for it. */
    public static final long ORG_A = DemoOrganisations.NOORDERLICHT;
    /** Oostervaart: managed by {@code sm.limited}; {@code agent} does not work for it. */
    public static final long ORG_B = DemoOrganisations.OOSTERVAART;

    private final RestApi api;
    private final List<String> statementKeys = new ArrayList<>();
    private final Map<Long, Organisation> organisations = new LinkedHashMap<>();

    /** What the fixture made for one organisation. */
    public record Organisation(long id, String manager, long openRound, long closedRound, long action) {
    }

    public RestFixture(RestApi api) {
        this.api = api;
    }

    /** Creates the data set; with {@code limited} the service managers see only their own organisations. */
    public RestFixture create(boolean limited) {
        api.getOk("/template").path("categories")
                .forEach(category -> category.path("statements").forEach(s -> statementKeys.add(s.path("key").asText())));
        organisations.put(ORG_A, organisation(ORG_A, RestApi.SERVICE_MANAGER));
        organisations.put(ORG_B, organisation(ORG_B, RestApi.SM_LIMITED));
        settings(limited);
        return this;
    }

    public Organisation org(long id) {
        return organisations.get(id);
    }

    public String statementKey(int index) {
        return statementKeys.get(index);
    }

    public void settings(boolean limited) {
        api.callOk("PUT", "/settings", Map.of("serviceManagerGroup", "xla-service-managers",
                "limitServiceManagersToOwnOrganisations", limited, "attentionThreshold", 60, "minimumGroupSize", 5));
    }

    private Organisation organisation(long id, String manager) {
        long version = api.getOk("/organisations/" + id).path("version").asLong();
        api.callOk("PUT", "/organisations/" + id + "/profile", profile(manager, 3, version));
        long openRound = openRound(id, "BASELINE");
        long closedRound = openRound(id, "PERIODIC");
        api.callOk("POST", "/rounds/" + closedRound + "/responses", response());
        JsonNode round = api.getOk("/rounds/" + closedRound);
        api.callOk("POST", "/rounds/" + closedRound + "/close", Map.of("version", round.path("version").asLong()));
        long action = action(id).path("id").asLong();
        return new Organisation(id, manager, openRound, closedRound, action);
    }

    public Map<String, Object> profile(String manager, int roundsPerYear, long version) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("language", "NL");
        profile.put("customerSince", "2020-01-01");
        profile.put("serviceManagerKeys", List.of(manager));
        profile.put("roundsPerYear", roundsPerYear);
        profile.put("version", version);
        return profile;
    }

    /** A PLANNED round of the organisation, returned as stored. */
    public JsonNode plannedRound(long organisationId, String kind) {
        return api.callOk("POST", "/organisations/" + organisationId + "/rounds", round(kind));
    }

    public long openRound(long organisationId, String kind) {
        JsonNode round = plannedRound(organisationId, kind);
        long id = round.path("id").asLong();
        api.callOk("POST", "/rounds/" + id + "/open", Map.of("version", round.path("version").asLong()));
        return id;
    }

    public static Map<String, Object> round(String kind) {
        return Map.of("kind", kind, "title", "Voorjaar 2026", "opens", "2026-03-01", "closes", "2026-03-31",
                "anonymous", false, "invitations", 40);
    }

    /** A valid response scoring the first three statements. */
    public ObjectNode response() {
        ObjectNode response = RestApi.JSON.createObjectNode();
        response.put("role", "END_USER");
        ObjectNode scores = response.putObject("scores");
        scores.put(statementKey(0), 80);
        scores.put(statementKey(1), 65);
        scores.put(statementKey(2), 90);
        response.putObject("comments").put("RELIABILITY", "Afspraken worden nagekomen.");
        response.put("onePointBetter", "Sneller terugbellen.");
        return response;
    }

    public JsonNode action(long organisationId) {
        return api.callOk("POST", "/organisations/" + organisationId + "/actions", actionFields());
    }

    public static Map<String, Object> actionFields() {
        return Map.of("text", "Maandelijks storingsoverzicht sturen", "category", "COMMUNICATION", "due", "2026-05-01");
    }

    /** The current template as a {@code POST /template} body. */
    public ObjectNode templateEdit() {
        JsonNode current = api.getOk("/template");
        ObjectNode edit = RestApi.JSON.createObjectNode();
        edit.put("basedOnVersion", current.path("version").asInt());
        edit.set("categories", current.path("categories").deepCopy());
        return edit;
    }

    /**
     * Everything the fixture's organisations hold, as the administrator reads it: used to prove a
     * refused request changed nothing.
     */
    public String snapshot() {
        StringBuilder all = new StringBuilder();
        all.append(api.getOk("/settings")).append(api.getOk("/template")).append(api.getOk("/organisations?limit=100"));
        for (Organisation org : organisations.values()) {
            String base = "/organisations/" + org.id();
            all.append(api.getOk(base)).append(api.getOk(base + "/actions?limit=100"));
            JsonNode rounds = api.getOk(base + "/rounds?limit=100");
            all.append(rounds);
            rounds.path("values").forEach(round ->
                    all.append(api.getOk("/rounds/" + round.path("id").asLong() + "/responses?limit=100")));
        }
        return all.toString();
    }
}
