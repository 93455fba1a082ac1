package nl.xlascorecard.sandbox.servicedesk;

import java.time.Instant;

import nl.xlascorecard.core.rating.domain.RatingObservation;
import nl.xlascorecard.core.rating.port.out.RatingSource;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;

/**
 * The reconciliation job's view of the simulated service desk, as the Jira adapter's JQL search
 * ({@code Satisfaction = N AND "Satisfaction date" >= since}) is of JSM: ratings the customers gave,
 * read from the requests themselves, so a rating whose delivery was missed is still found.
 */
public final class SimulatedRatingSource implements RatingSource {

    private final JdbcServiceRequests requests;

    public SimulatedRatingSource(JdbcServiceRequests requests) {
        this.requests = requests;
    }

    @Override
    public Page<RatingObservation> ratedSince(int rating, Instant since, PageRequest page) {
        Page<ServiceRequest> rated = requests.ratedSince(rating, since, page);
        return new Page<>(rated.items().stream().map(SimulatedRatingSource::observation).toList(), rated.start(),
                rated.limit(), rated.total());
    }

    /** What the desk tells the app about a rated request (the same from the page and the job). */
    public static RatingObservation observation(ServiceRequest request) {
        ServiceRequest.Feedback feedback = request.rating()
                .orElseThrow(() -> new IllegalArgumentException(request.key() + " has no rating"));
        return new RatingObservation(request.key(), request.id(), request.organisationIds(), feedback.rating(),
                feedback.comment(), feedback.ratedAt(), request.reporterKey(), request.reporterName());
    }
}
