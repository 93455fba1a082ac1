package nl.xlascorecard.plugin.rest;

import java.io.InputStream;
import java.net.URI;

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

import nl.xlascorecard.core.scorecard.port.in.ManageRounds;
import nl.xlascorecard.plugin.rest.dto.PageDto;
import nl.xlascorecard.plugin.rest.dto.RoundDto;
import nl.xlascorecard.plugin.rest.input.PageParams;
import nl.xlascorecard.plugin.rest.input.PlanRoundInput;
import nl.xlascorecard.plugin.security.CallerResolver;

/** The rounds of one organisation: list them (newest period first) and plan a new one. */
@Path("organisations/" + Ids.ORGANISATION_ID + "/rounds")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationRoundsResource {

    private final ManageRounds rounds;
    private final CallerResolver callers;

    @Inject
    public OrganisationRoundsResource(ManageRounds rounds, CallerResolver callers) {
        this.rounds = rounds;
        this.callers = callers;
    }

    @GET
    public PageDto<RoundDto> list(@PathParam("organisationId") long organisationId,
                                  @QueryParam("start") String start, @QueryParam("limit") String limit) {
        var caller = Callers.require(callers);
        return PageDto.from(rounds.list(caller, organisationId, PageParams.of(start, limit)), RoundDto::from);
    }

    /** 201 with the new round (state PLANNED) and its address in {@code Location}. */
    @POST
    public Response plan(@PathParam("organisationId") long organisationId, InputStream body) {
        var caller = Callers.require(callers);
        RoundDto round = RoundDto.from(rounds.plan(caller, PlanRoundInput.read(body, organisationId)));
        return Response.created(URI.create("rounds/" + round.id())).entity(round).build();
    }
}
