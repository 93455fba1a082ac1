package nl.xlascorecard.plugin.rest;

import java.io.InputStream;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import nl.xlascorecard.core.scorecard.port.in.RecordResponses;
import nl.xlascorecard.plugin.rest.dto.PageDto;
import nl.xlascorecard.plugin.rest.dto.ResponseDto;
import nl.xlascorecard.plugin.rest.input.PageParams;
import nl.xlascorecard.plugin.rest.input.ResponseInput;
import nl.xlascorecard.plugin.security.CallerResolver;

/**
 * The responses of one round: list them and submit one (only while the round is OPEN, else 409).
 * Submitting again with the same {@code respondentRef} replaces that response.
 */
@Path("rounds/" + Ids.ROUND_ID + "/responses")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoundResponsesResource {

    private final RecordResponses responses;
    private final CallerResolver callers;

    @Inject
    public RoundResponsesResource(RecordResponses responses, CallerResolver callers) {
        this.responses = responses;
        this.callers = callers;
    }

    @GET
    public PageDto<ResponseDto> list(@PathParam("roundId") long roundId,
                                     @QueryParam("start") String start, @QueryParam("limit") String limit) {
        var caller = Callers.require(callers);
        return PageDto.from(responses.list(caller, roundId, PageParams.of(start, limit)), ResponseDto::from);
    }

    /** 201 with the stored response (a replaced one keeps its id). */
    @POST
    public Response submit(@PathParam("roundId") long roundId, InputStream body) {
        var caller = Callers.require(callers);
        ResponseDto response = ResponseDto.from(responses.submit(caller, roundId, ResponseInput.read(body)));
        return Response.status(Response.Status.CREATED).entity(response).build();
    }
}
