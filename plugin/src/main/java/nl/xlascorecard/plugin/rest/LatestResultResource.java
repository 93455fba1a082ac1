package nl.xlascorecard.plugin.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import nl.xlascorecard.core.scorecard.domain.RoundResult;
import nl.xlascorecard.core.scorecard.port.in.ReadRoundResults;
import nl.xlascorecard.plugin.rest.dto.RoundResultDto;
import nl.xlascorecard.plugin.security.CallerResolver;

/**
 * The result of an organisation's newest CLOSED round: 200 with the result, or 204 (no body) when
 * the organisation has no closed round yet, which is normal and not an error.
 */
@Path("organisations/" + Ids.ORGANISATION_ID + "/latest-result")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LatestResultResource {

    private final ReadRoundResults results;
    private final CallerResolver callers;

    @Inject
    public LatestResultResource(ReadRoundResults results, CallerResolver callers) {
        this.results = results;
        this.callers = callers;
    }

    @GET
    public Response latest(@PathParam("organisationId") long organisationId) {
        RoundResult result = results.latestClosed(Callers.require(callers), organisationId);
        return result == null ? Response.noContent().build() : Response.ok(RoundResultDto.from(result)).build();
    }
}
