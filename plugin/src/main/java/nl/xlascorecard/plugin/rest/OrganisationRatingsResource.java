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

import nl.xlascorecard.core.rating.port.in.ReadTicketRatings;
import nl.xlascorecard.plugin.rest.dto.PageDto;
import nl.xlascorecard.plugin.rest.dto.RatingDto;
import nl.xlascorecard.plugin.rest.input.PageParams;
import nl.xlascorecard.plugin.security.CallerResolver;

/** The ticket ratings of one organisation, newest rating first. */
@Path("organisations/" + Ids.ORGANISATION_ID + "/ratings")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationRatingsResource {

    private final ReadTicketRatings ratings;
    private final CallerResolver callers;

    @Inject
    public OrganisationRatingsResource(ReadTicketRatings ratings, CallerResolver callers) {
        this.ratings = ratings;
        this.callers = callers;
    }

    @GET
    public PageDto<RatingDto> list(@PathParam("organisationId") long organisationId, @QueryParam("start") String start,
                                   @QueryParam("limit") String limit) {
        var caller = Callers.require(callers);
        return PageDto.from(ratings.listByOrganisation(caller, organisationId, PageParams.of(start, limit)),
                RatingDto::from);
    }
}
