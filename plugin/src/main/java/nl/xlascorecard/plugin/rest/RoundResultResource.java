package nl.xlascorecard.plugin.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import nl.xlascorecard.core.scorecard.port.in.ReadRoundResults;
import nl.xlascorecard.plugin.rest.dto.RoundResultDto;
import nl.xlascorecard.plugin.security.CallerResolver;

/** The statistics of one round: interim while it is OPEN, final once CLOSED. */
@Path("rounds/" + Ids.ROUND_ID + "/result")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoundResultResource {

    private final ReadRoundResults results;
    private final CallerResolver callers;

    @Inject
    public RoundResultResource(ReadRoundResults results, CallerResolver callers) {
        this.results = results;
        this.callers = callers;
    }

    @GET
    public RoundResultDto result(@PathParam("roundId") long roundId) {
        return RoundResultDto.from(results.result(Callers.require(callers), roundId));
    }
}
