package nl.xlascorecard.plugin.rest.dto;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import nl.xlascorecard.core.scorecard.domain.Response;

/**
 * One respondent's answers. Scores by statement key (absent = no opinion), comments by category
 * name; {@code recommendation} is the 0..10 answer to the relationship question (NPS), {@code null}
 * when not answered. Texts are returned exactly as stored: clients must escape them when they show them.
 */
@JsonPropertyOrder({"id", "roundId", "role", "respondentRef", "respondentName", "scores", "comments",
        "onePointBetter", "submittedAt", "recommendation", "recommendationComment"})
public record ResponseDto(long id, long roundId, String role, String respondentRef, String respondentName,
                          Map<String, Integer> scores, Map<String, String> comments, String onePointBetter,
                          Instant submittedAt, Integer recommendation, String recommendationComment) {

    public ResponseDto {
        scores = Collections.unmodifiableMap(new TreeMap<>(scores));
        comments = Collections.unmodifiableMap(new LinkedHashMap<>(comments));
    }

    public static ResponseDto from(Response response) {
        Map<String, String> comments = new LinkedHashMap<>();
        // Category order, not hash order, so the JSON reads like the form.
        response.comments().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> comments.put(entry.getKey().name(), entry.getValue()));
        return new ResponseDto(response.id(), response.roundId(), response.role().name(), response.respondentRef(),
                response.respondentName(), response.scores(), comments, response.onePointBetter(),
                response.submittedAt(), response.recommendation(), response.recommendationComment());
    }
}
