package nl.xlascorecard.sandbox.rest.target;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import nl.xlascorecard.sandbox.rest.RestApi;
import nl.xlascorecard.sandbox.rest.RestFixture;

/** Target bodies and set-up through the API as the administrator, and a snapshot of all target data. */
final class TargetData {

    private final RestApi api;

    TargetData(RestApi api) {
        this.api = api;
    }

    static Map<String, Object> body(String metric, String category, double threshold, String windowKind, Integer days) {
        Map<String, Object> window = new LinkedHashMap<>();
        window.put("kind", windowKind);
        window.put("days", days);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("metric", metric);
        body.put("category", category);
        body.put("comparison", "AT_LEAST");
        body.put("threshold", threshold);
        body.put("warningMargin", 3);
        body.put("window", window);
        body.put("minimumDataPoints", 5);
        return body;
    }

    static Map<String, Object> meanRating(double threshold) {
        return body("MEAN_RATING", null, threshold, "ROLLING_DAYS", 30);
    }

    static Map<String, Object> category(String category) {
        return body("SCORECARD_CATEGORY", category, 65, "LATEST_CLOSED_ROUND", null);
    }

    /** The organisation's own target on {@code metric} (and category), or null. */
    JsonNode own(long organisationId, String metric, String category) {
        for (JsonNode target : api.getOk("/organisations/" + organisationId + "/targets")) {
            if (!target.path("inherited").asBoolean() && metric.equals(target.path("metric").asText())
                    && (category == null || category.equals(target.path("category").asText()))) {
                return target;
            }
        }
        return null;
    }

    /** Removes the organisation's own MEAN_RATING target, so that one can be created. */
    void withoutOwnMeanRating(long organisationId) {
        JsonNode own = own(organisationId, "MEAN_RATING", null);
        if (own != null) {
            api.ok(api.call(RestApi.ADMIN, "DELETE", "/organisations/" + organisationId + "/targets/" + own.path("id").asLong(), null));
        }
    }

    /** The organisation's own MEAN_RATING target, created when missing. */
    long ownMeanRating(long organisationId) {
        JsonNode own = own(organisationId, "MEAN_RATING", null);
        return own != null ? own.path("id").asLong()
                : api.callOk("POST", "/organisations/" + organisationId + "/targets", meanRating(4)).path("id").asLong();
    }

    JsonNode defaultOn(String category) {
        for (JsonNode target : api.getOk("/targets/defaults")) {
            if (category.equals(target.path("category").asText())) {
                return target;
            }
        }
        return null;
    }

    void withoutDefault(String category) {
        JsonNode existing = defaultOn(category);
        if (existing != null) {
            api.ok(api.call(RestApi.ADMIN, "DELETE", "/targets/defaults/" + existing.path("id").asLong(), null));
        }
    }

    long defaultTarget(String category) {
        JsonNode existing = defaultOn(category);
        return existing != null ? existing.path("id").asLong()
                : api.callOk("POST", "/targets/defaults", category(category)).path("id").asLong();
    }

    /** Every target, status and history entry the API shows. */
    String snapshot() {
        StringBuilder all = new StringBuilder(api.getOk("/targets/defaults").toString());
        for (long org : new long[] {RestFixture.ORG_A, RestFixture.ORG_B}) {
            JsonNode targets = api.getOk("/organisations/" + org + "/targets");
            all.append(targets);
            targets.forEach(t -> all.append(api.getOk("/organisations/" + org + "/targets/" + t.path("id").asLong()
                    + "/history?limit=100")));
        }
        return all.toString();
    }
}
