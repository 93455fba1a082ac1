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

import nl.xlascorecard.core.nps.port.in.ReadSatisfactionTrend;
import nl.xlascorecard.plugin.rest.dto.SatisfactionTrendDto;
import nl.xlascorecard.plugin.rest.input.QueryParams;
import nl.xlascorecard.plugin.security.CallerResolver;

/**
 * CSAT and NPS of one organisation per calendar month: {@code ?months=N} (1..60, default 12), the
 * current month last. Readable by whoever may read the organisation's CSAT.
 */
@Path("organisations/" + Ids.ORGANISATION_ID + "/satisfaction-trend")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SatisfactionTrendResource {

    private final ReadSatisfactionTrend trend;
    private final CallerResolver callers;

    @Inject
    public SatisfactionTrendResource(ReadSatisfactionTrend trend, CallerResolver callers) {
        this.trend = trend;
        this.callers = callers;
    }

    @GET
    public SatisfactionTrendDto get(@PathParam("organisationId") long organisationId, @QueryParam("months") String months) {
        var caller = Callers.require(callers);
        return SatisfactionTrendDto.from(trend.trend(caller, organisationId,
                QueryParams.wholeNumber("months", months, ReadSatisfactionTrend.DEFAULT_MONTHS)));
    }
}
