package nl.xlascorecard.plugin.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import nl.xlascorecard.core.followup.port.in.ReadFollowUpMetrics;
import nl.xlascorecard.plugin.rest.dto.FollowUpMetricsDto;
import nl.xlascorecard.plugin.rest.input.QueryParams;
import nl.xlascorecard.plugin.security.CallerResolver;

/** Follow-up figures of one organisation: {@code ?days=N} (1..3660, default 90) selects the follow-ups opened since. */
@Path("organisations/" + Ids.ORGANISATION_ID + "/followup-metrics")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FollowUpMetricsResource {

    private final ReadFollowUpMetrics metrics;
    private final CallerResolver callers;

    @Inject
    public FollowUpMetricsResource(ReadFollowUpMetrics metrics, CallerResolver callers) {
        this.metrics = metrics;
        this.callers = callers;
    }

    @GET
    public FollowUpMetricsDto get(@PathParam("organisationId") long organisationId, @QueryParam("days") String days) {
        var caller = Callers.require(callers);
        return FollowUpMetricsDto.from(metrics.metrics(caller, organisationId,
                QueryParams.days(days, ReadFollowUpMetrics.DEFAULT_DAYS)));
    }
}
