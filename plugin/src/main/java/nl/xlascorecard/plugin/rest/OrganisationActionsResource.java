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

import nl.xlascorecard.core.action.port.in.ManageImprovementActions;
import nl.xlascorecard.plugin.rest.dto.ActionDto;
import nl.xlascorecard.plugin.rest.dto.PageDto;
import nl.xlascorecard.plugin.rest.input.ActionInput;
import nl.xlascorecard.plugin.rest.input.PageParams;
import nl.xlascorecard.plugin.rest.input.StateParam;
import nl.xlascorecard.plugin.security.CallerResolver;

/** The improvement actions of one organisation: list them (optionally by state) and create one. */
@Path("organisations/" + Ids.ORGANISATION_ID + "/actions")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationActionsResource {

    private final ManageImprovementActions actions;
    private final CallerResolver callers;

    @Inject
    public OrganisationActionsResource(ManageImprovementActions actions, CallerResolver callers) {
        this.actions = actions;
        this.callers = callers;
    }

    /** {@code ?state=OPEN|DONE} filters; without it all actions, OPEN first. */
    @GET
    public PageDto<ActionDto> list(@PathParam("organisationId") long organisationId, @QueryParam("state") String state,
                                   @QueryParam("start") String start, @QueryParam("limit") String limit) {
        var caller = Callers.require(callers);
        var page = actions.list(caller, organisationId, StateParam.of(state), PageParams.of(start, limit));
        return PageDto.from(page, ActionDto::from);
    }

    /** 201 with the new action (state OPEN) and its address in {@code Location}. */
    @POST
    public Response create(@PathParam("organisationId") long organisationId, InputStream body) {
        var caller = Callers.require(callers);
        ActionDto action = ActionDto.from(actions.create(caller, ActionInput.create(body, organisationId)));
        return Response.created(URI.create("actions/" + action.id())).entity(action).build();
    }
}
