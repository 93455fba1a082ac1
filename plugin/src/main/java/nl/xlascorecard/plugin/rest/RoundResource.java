package nl.xlascorecard.plugin.rest;

import java.io.InputStream;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import nl.xlascorecard.core.scorecard.port.in.ManageRounds;
import nl.xlascorecard.plugin.rest.dto.RoundDto;
import nl.xlascorecard.plugin.rest.input.VersionInput;
import nl.xlascorecard.plugin.security.CallerResolver;

/**
 * One round: read it, open it (PLANNED to OPEN) and close it (OPEN to CLOSED, final). Opening and
 * closing carry the {@code version} the client saw, so two service managers cannot overtake each
 * other unnoticed (409).
 */
@Path("rounds")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoundResource {

    private final ManageRounds rounds;
    private final CallerResolver callers;

    @Inject
    public RoundResource(ManageRounds rounds, CallerResolver callers) {
        this.rounds = rounds;
        this.callers = callers;
    }

    @GET
    @Path(Ids.ID)
    public RoundDto get(@PathParam("id") long id) {
        return RoundDto.from(rounds.get(Callers.require(callers), id));
    }

    @POST
    @Path(Ids.ID + "/open")
    public RoundDto open(@PathParam("id") long id, InputStream body) {
        var caller = Callers.require(callers);
        return RoundDto.from(rounds.open(caller, id, VersionInput.read(body)));
    }

    @POST
    @Path(Ids.ID + "/close")
    public RoundDto close(@PathParam("id") long id, InputStream body) {
        var caller = Callers.require(callers);
        return RoundDto.from(rounds.close(caller, id, VersionInput.read(body)));
    }
}
