package nl.xlascorecard.sandbox.host;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import nl.xlascorecard.sandbox.servicedesk.RequestStatus;
import nl.xlascorecard.sandbox.servicedesk.ServiceRequest;
import nl.xlascorecard.sandbox.servicedesk.SlaOutcome;
import nl.xlascorecard.sandbox.servicedesk.SlaOutcome.SlaMetric;

/** Requests of the simulated service desk for host tests. */
final class TestRequests {

    private TestRequests() {
    }

    /** Resolved a day ago; first response met (30m of 4h), resolution breached (20h of 16h). */
    static ServiceRequest resolved(String key, long id, long organisationId, String reporterKey, String summary) {
        Instant resolved = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MILLIS);
        return new ServiceRequest(key, id, summary, reporterKey, "Reporter " + reporterKey, List.of(organisationId),
                RequestStatus.RESOLVED, resolved.minus(Duration.ofDays(2)), resolved,
                List.of(new SlaOutcome(SlaMetric.TIME_TO_FIRST_RESPONSE, Duration.ofHours(4), Duration.ofMinutes(30), true),
                        new SlaOutcome(SlaMetric.TIME_TO_RESOLUTION, Duration.ofHours(16), Duration.ofHours(20), true)),
                null);
    }
}
