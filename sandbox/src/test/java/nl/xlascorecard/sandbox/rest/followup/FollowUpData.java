package nl.xlascorecard.sandbox.rest.followup;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

import nl.xlascorecard.core.rating.domain.RatingObservation;
import nl.xlascorecard.core.rating.port.in.RecordTicketRating;
import nl.xlascorecard.sandbox.SandboxServer;
import nl.xlascorecard.sandbox.rest.RestApi;
import nl.xlascorecard.sandbox.rest.RestFixture;

/**
 * Ratings and follow-ups for the follow-up REST tests. Ratings enter the app the way the simulated
 * service desk (and, in Jira, the event listener) delivers them: through the {@link RecordTicketRating}
 * in-port of the running sandbox; everything else goes over HTTP. Request keys are unique per
 * instance, so tests sharing a sandbox never touch each other's requests.
 */
final class FollowUpData {

    private static final AtomicInteger NEXT_KEY = new AtomicInteger(100);

    private final SandboxServer server;
    private final RestApi api;
    private final RestFixture fixture;
    private final List<Long> followUps = new ArrayList<>();

    FollowUpData(SandboxServer server, RestApi api, RestFixture fixture) {
        this.server = server;
        this.api = api;
        this.fixture = fixture;
    }

    /** A fresh request key such as {@code ITSM-101}. */
    static String newKey() {
        return "ITSM-" + NEXT_KEY.incrementAndGet();
    }

    /** Records a rating of {@code key} given {@code minutesAgo} minutes ago in the organisations. */
    RecordTicketRating.RatingRecorded rate(String key, int stars, long minutesAgo, Long... organisations) {
        RatingObservation observation = new RatingObservation(key, Long.parseLong(key.substring(key.indexOf('-') + 1)),
                List.of(organisations), stars, "Het duurde te lang voordat er iemand belde.",
                Instant.now().minus(Duration.ofMinutes(minutesAgo)), "customer", "Carla Klant");
        RecordTicketRating.RatingRecorded recorded = server.app().recordRatings().record(observation);
        recorded.followUp().ifPresent(f -> followUps.add(f.id()));
        return recorded;
    }

    /** An unhappy rating of a new request in the organisation; returns its open follow-up as the administrator reads it. */
    JsonNode openFollowUp(long organisationId) {
        String key = newKey();
        long id = rate(key, 1, 5, organisationId).followUp().orElseThrow().id();
        return api.getOk("/followups/" + id);
    }

    /** A valid body of {@code POST /followups/{id}/calls}. */
    static Map<String, Object> call(String outcome, long version) {
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("version", version);
        call.put("outcome", outcome);
        call.put("attempts", 1);
        call.put("notes", "Mevrouw Klant teruggebeld; de storing was na twee dagen verholpen.");
        call.put("agreement", "Volgende keer bellen wij binnen een uur terug.");
        return call;
    }

    /** A valid body of {@code PUT /followup-settings}: the defaults with another window. */
    static Map<String, Object> settings(int windowMinutes) {
        Map<String, Object> hours = new LinkedHashMap<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            hours.put(day, Map.of("opens", "08:30", "closes", "17:00"));
        }
        Map<String, Object> calendar = new LinkedHashMap<>();
        calendar.put("timeZone", "Europe/Amsterdam");
        calendar.put("workingHours", hours);
        calendar.put("holidays", List.of("2026-04-27", "2026-12-25"));
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("unhappyThreshold", 2);
        settings.put("windowMinutes", windowMinutes);
        settings.put("reminderLeadMinutes", 120);
        settings.put("maxAttempts", 3);
        settings.put("maxRatingAgeDays", 14);
        settings.put("calendar", calendar);
        return settings;
    }

    /** The countdown fields move with the clock between two reads; everything else must not. */
    static String withoutCountdowns(String json) {
        return json.replaceAll("\"(timeLeftSeconds|clockRunning|overdue)\":[^,}]*,?", "");
    }

    /**
     * Everything the scorecard fixture holds plus every rating, follow-up and follow-up setting, as
     * the administrator reads them: a refused request must leave this unchanged.
     */
    String snapshot() {
        StringBuilder all = new StringBuilder(fixture.snapshot());
        all.append(api.getOk("/followup-settings")).append(api.getOk("/followups?limit=100"));
        for (long org : List.of(RestFixture.ORG_A, RestFixture.ORG_B)) {
            all.append(api.getOk("/organisations/" + org + "/ratings?limit=100"));
        }
        followUps.forEach(id -> all.append(api.getOk("/followups/" + id)));
        return withoutCountdowns(all.toString());
    }
}
