package nl.xlascorecard.plugin.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import nl.xlascorecard.core.scorecard.port.in.ManageRounds;
import nl.xlascorecard.plugin.rest.dto.RoundProposalDto;
import nl.xlascorecard.plugin.security.CallerResolver;

/**
 * The rounds the app suggests planning next for an organisation, from its cadence. A short list
 * computed on demand (the baseline if missing, then the next periodic rounds), so it is not paged.
 */
@Path("organisations/" + Ids.ORGANISATION_ID + "/round-proposals")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoundProposalsResource {

    private final ManageRounds rounds;
    private final CallerResolver callers;

    @Inject
    public RoundProposalsResource(ManageRounds rounds, CallerResolver callers) {
        this.rounds = rounds;
        this.callers = callers;
    }

    @GET
    public List<RoundProposalDto> proposals(@PathParam("organisationId") long organisationId) {
        var caller = Callers.require(callers);
        return rounds.proposals(caller, organisationId).stream().map(RoundProposalDto::from).toList();
    }
}
