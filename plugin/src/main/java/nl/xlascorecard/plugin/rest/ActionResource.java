package nl.xlascorecard.plugin.rest;

import java.io.InputStream;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import nl.xlascorecard.core.action.port.in.ManageImprovementActions;
import nl.xlascorecard.plugin.rest.dto.ActionDto;
import nl.xlascorecard.plugin.rest.input.ActionInput;
import nl.xlascorecard.plugin.security.CallerResolver;

/** One improvement action: read it, edit it, mark it DONE or OPEN again. */
@Path("actions")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActionResource {

    private final ManageImprovementActions actions;
    private final CallerResolver callers;

    @Inject
    public ActionResource(ManageImprovementActions actions, CallerResolver callers) {
        this.actions = actions;
        this.callers = callers;
    }

    @GET
    @Path(Ids.ID)
    public ActionDto get(@PathParam("id") long id) {
        return ActionDto.from(actions.get(Callers.require(callers), id));
    }

    /**
     * Replaces the editable fields. The command names the action's own organisation, read first
     * (which also answers 404 for an action the caller may not see before the body is looked at).
     */
    @PUT
    @Path(Ids.ID)
    public ActionDto update(@PathParam("id") long id, InputStream body) {
        var caller = Callers.require(callers);
        long organisationId = actions.get(caller, id).organisationId();
        ActionInput.Update update = ActionInput.update(body, organisationId);
        return ActionDto.from(actions.update(caller, id, update.expectedVersion(), update.command()));
    }

    @POST
    @Path(Ids.ID + "/state")
    public ActionDto setState(@PathParam("id") long id, InputStream body) {
        var caller = Callers.require(callers);
        ActionInput.StateChange change = ActionInput.stateChange(body);
        return ActionDto.from(actions.setState(caller, id, change.expectedVersion(), change.state()));
    }
}
