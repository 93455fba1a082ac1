package nl.xlascorecard.sandbox.servicedesk;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import nl.xlascorecard.core.rating.port.in.RecordTicketRating;
import nl.xlascorecard.core.rating.port.in.RecordTicketRating.RatingRecorded;
import nl.xlascorecard.core.rating.domain.RatingObservation;
import nl.xlascorecard.core.shared.NotFoundException;
import nl.xlascorecard.sandbox.auth.DemoUser;
import nl.xlascorecard.sandbox.servicedesk.ServiceRequest.Feedback;

/**
 * JSM's customer feedback, simulated: a customer rates one of their own resolved requests. The desk
 * decides who may rate what (as JSM does); the app learns of the rating through its
 * {@link RecordTicketRating} in-port, the port the Jira event listener feeds, which also validates
 * it. The feedback is then kept on the request, where the reconciliation job's source finds it.
 */
public final class CustomerRatings {

    /** How many of their resolved requests the rating page offers a customer. */
    public static final int PAGE_SIZE = 50;

    private final JdbcServiceRequests requests;
    private final RecordTicketRating recorder;
    private final Clock clock;

    public CustomerRatings(JdbcServiceRequests requests, RecordTicketRating recorder, Clock clock) {
        this.requests = requests;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** The customer's resolved requests, which they may rate (again), most recently resolved first. */
    public List<ServiceRequest> rateable(DemoUser customer) {
        return requests.resolvedBy(customer.username(), PAGE_SIZE);
    }

    /**
     * Records the customer's rating of their request, now.
     *
     * @throws NotFoundException the request does not exist, is not theirs or is not resolved
     * @throws nl.xlascorecard.core.shared.ValidationException the app rejected the rating (field {@code rating} or {@code comment})
     */
    public RatingRecorded rate(DemoUser customer, String requestKey, int rating, String comment) {
        ServiceRequest request = requests.find(requestKey)
                .filter(r -> customer.username().equals(r.reporterKey()) && r.status().isResolved())
                .orElseThrow(() -> new NotFoundException("sandbox.rating.notFound", "No rateable request " + requestKey
                        + " for " + customer.username()));
        // Milliseconds, as the request table keeps them: the job's later reading of it is then the very same rating.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        RatingRecorded recorded = recorder.record(new RatingObservation(request.key(), request.id(),
                request.organisationIds(), rating, comment, now, request.reporterKey(), request.reporterName()));
        requests.saveFeedback(request.key(), new Feedback(recorded.rating().rating(), recorded.rating().comment(),
                recorded.rating().ratedAt()));
        return recorded;
    }
}
