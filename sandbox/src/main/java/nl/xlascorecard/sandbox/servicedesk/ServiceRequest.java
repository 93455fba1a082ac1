package nl.xlascorecard.sandbox.servicedesk;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A request of the simulated service desk: what JSM keeps on an issue of a service project and the
 * app reads (key, organisations, SLA results, the customer's satisfaction feedback).
 *
 * @param key             issue key, e.g. {@code ZNL-101}
 * @param id              issue id
 * @param reporterKey     user key of the customer who raised it
 * @param reporterName    display name of that customer
 * @param organisationIds the JSM organisations the request is shared with
 * @param resolvedAt      {@code null} while not resolved
 * @param slas            first response and resolution
 * @param feedback        the customer's rating, {@code null} when not rated
 */
public record ServiceRequest(String key, long id, String summary, String reporterKey, String reporterName,
                             List<Long> organisationIds, RequestStatus status, Instant createdAt, Instant resolvedAt,
                             List<SlaOutcome> slas, Feedback feedback) {

    public ServiceRequest {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        organisationIds = List.copyOf(organisationIds);
        slas = List.copyOf(slas);
    }

    public Optional<Feedback> rating() {
        return Optional.ofNullable(feedback);
    }

    /** JSM's satisfaction feedback: 1..5 stars, an optional comment, and when it was given. */
    public record Feedback(int rating, String comment, Instant ratedAt) {

        public Feedback {
            Objects.requireNonNull(ratedAt, "ratedAt");
        }
    }
}
