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
import nl.xlascorecard.plugin.rest.dto.CsatDto;
import nl.xlascorecard.plugin.rest.input.QueryParams;
import nl.xlascorecard.plugin.security.CallerResolver;

/** CSAT figures of one organisation: {@code ?days=N} (1..3660, default 90), counted by rating time. */
@Path("organisations/" + Ids.ORGANISATION_ID + "/csat")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationCsatResource {

    private final ReadTicketRatings ratings;
    private final CallerResolver callers;

    @Inject
    public OrganisationCsatResource(ReadTicketRatings ratings, CallerResolver callers) {
        this.ratings = ratings;
        this.callers = callers;
    }

    @GET
    public CsatDto get(@PathParam("organisationId") long organisationId, @QueryParam("days") String days) {
        var caller = Callers.require(callers);
        return CsatDto.from(ratings.csat(caller, organisationId, QueryParams.days(days, ReadTicketRatings.DEFAULT_DAYS)));
    }
}
