package nl.xlascorecard.sandbox.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.xlascorecard.core.followup.domain.CallOutcome;
import nl.xlascorecard.core.followup.domain.FollowUp;
import nl.xlascorecard.core.followup.domain.FollowUpView;
import nl.xlascorecard.core.followup.port.in.WorkFollowUps;
import nl.xlascorecard.core.followup.port.in.WorkFollowUps.CallLog;
import nl.xlascorecard.core.rating.port.in.RecordTicketRating;
import nl.xlascorecard.core.rating.port.in.RecordTicketRating.RatingRecorded;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.sandbox.auth.DemoUsers;
import nl.xlascorecard.sandbox.servicedesk.JdbcServiceRequests;
import nl.xlascorecard.sandbox.servicedesk.ServiceRequest;
import nl.xlascorecard.sandbox.servicedesk.SimulatedRatingSource;

/**
 * Fills an empty simulated service desk (first start only): the requests of {@link DemoRequests},
 * then each rating through the app's {@link RecordTicketRating} in-port with the app clock at the
 * rating time, as the Jira event listener would have delivered it then. Unhappy ratings open
 * follow-ups; the service manager calls back on all but the scripted recent ones (most reached at
 * once, some after a missed first attempt, a few after the due time), so the queue shows some open
 * follow-ups and one overdue, and the metrics have history.
 */
public final class DemoServiceDesk {

    private static final Logger LOG = LoggerFactory.getLogger(DemoServiceDesk.class);
    private static final long SEED = 20260303L;

    private final JdbcServiceRequests requests;
    private final RecordTicketRating ratings;
    private final WorkFollowUps followUps;
    private final AdjustableClock clock;
    private final Caller serviceManager = DemoUsers.find(DemoUsers.SERVICE_MANAGER).orElseThrow().caller();
    private final Random random = new Random(SEED);

    public DemoServiceDesk(JdbcServiceRequests requests, RecordTicketRating ratings, WorkFollowUps followUps, AdjustableClock clock) {
        this.requests = requests;
        this.ratings = ratings;
        this.followUps = followUps;
        this.clock = clock;
    }

    /** Generates the desk's requests and ratings unless it has requests already; returns whether it did. */
    public boolean generateIfEmpty() {
        if (!requests.isEmpty()) {
            return false;
        }
        Instant now = clock.realInstant();
        DemoRequests generator = new DemoRequests(now);
        List<ServiceRequest> generated = generator.generate();
        requests.insertAll(generated);
        Set<String> leftOpen = generator.scripted().stream().map(DemoRequests.Scripted::key).collect(Collectors.toSet());
        List<ServiceRequest> rated = generated.stream().filter(r -> r.feedback() != null)
                .sorted(Comparator.comparing(r -> r.feedback().ratedAt())).toList();
        LOG.info("Generating demo service desk data: {} requests, {} ratings", generated.size(), rated.size());
        try {
            for (ServiceRequest request : rated) {
                clock.set(request.feedback().ratedAt());
                RatingRecorded recorded = ratings.record(SimulatedRatingSource.observation(request));
                if (recorded.createdFollowUp() != null && !leftOpen.contains(request.key())) {
                    callBack(recorded.createdFollowUp(), now);
                }
            }
        } finally {
            clock.reset();
        }
        return true;
    }

    /** The service manager's calls on a follow-up: reached, sometimes only at the second try or late. */
    private void callBack(FollowUp followUp, Instant now) {
        Instant firstCall = earliest(followUp.ratedAt().plus(Duration.ofMinutes(45 + random.nextInt(300))), now);
        boolean late = random.nextDouble() < 0.2;
        if (late) {
            firstCall = earliest(followUp.dueAt().plus(Duration.ofHours(2 + random.nextInt(20))), now);
        }
        long version = followUp.version();
        if (random.nextDouble() < 0.25) {
            clock.set(firstCall);
            FollowUpView missed = followUps.logCall(serviceManager, followUp.id(), version,
                    new CallLog(CallOutcome.NOT_REACHED.name(), 1, "Geen gehoor, voicemail ingesproken.", null, null, null));
            version = missed.followUp().version();
            firstCall = earliest(firstCall.plus(Duration.ofHours(3)), now);
        }
        clock.set(firstCall);
        followUps.logCall(serviceManager, followUp.id(), version, new CallLog(CallOutcome.REACHED.name(), 1,
                pick(DeskTexts.CALL_NOTES), pick(DeskTexts.AGREEMENTS), null, null));
    }

    /** A call cannot lie in the future: at the latest a minute before now. */
    private static Instant earliest(Instant wanted, Instant now) {
        Instant latest = now.minus(Duration.ofMinutes(1));
        return wanted.isAfter(latest) ? latest : wanted;
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }
}
