package nl.xlascorecard.plugin.rest;

import java.io.InputStream;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import nl.xlascorecard.core.organisation.port.in.ManageOrganisations;
import nl.xlascorecard.plugin.rest.dto.OrganisationDto;
import nl.xlascorecard.plugin.rest.dto.PageDto;
import nl.xlascorecard.plugin.rest.input.PageParams;
import nl.xlascorecard.plugin.rest.input.ProfileInput;
import nl.xlascorecard.plugin.security.CallerResolver;

/**
 * Organisations the caller may see and their profiles. Which ones, and who may edit a profile, is
 * decided by the core from the caller; {@link LicensedOnly} keeps anonymous and unlicensed users
 * (portal customers) out before any of this runs in Jira.
 */
@Path("organisations")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    private final ManageOrganisations organisations;
    private final CallerResolver callers;

    @Inject
    public OrganisationResource(ManageOrganisations organisations, CallerResolver callers) {
        this.organisations = organisations;
        this.callers = callers;
    }

    @GET
    public PageDto<OrganisationDto> list(@QueryParam("start") String start, @QueryParam("limit") String limit) {
        var caller = Callers.require(callers);
        return PageDto.from(organisations.list(caller, PageParams.of(start, limit)), OrganisationDto::from);
    }

    @GET
    @Path(Ids.ID)
    public OrganisationDto get(@PathParam("id") long id) {
        return OrganisationDto.from(organisations.get(Callers.require(callers), id));
    }

    @PUT
    @Path(Ids.ID + "/profile")
    public OrganisationDto updateProfile(@PathParam("id") long id, InputStream body) {
        var caller = Callers.require(callers);
        return OrganisationDto.from(organisations.updateProfile(caller, ProfileInput.read(body, id)));
    }
}
