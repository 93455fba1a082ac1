package nl.xlascorecard.plugin.rest;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.target.domain.XlaTarget;
import nl.xlascorecard.core.target.port.in.ManageTargets;
import nl.xlascorecard.plugin.rest.dto.PageDto;
import nl.xlascorecard.plugin.rest.dto.StatusChangeDto;
import nl.xlascorecard.plugin.rest.dto.TargetDto;
import nl.xlascorecard.plugin.rest.input.PageParams;
import nl.xlascorecard.plugin.rest.input.TargetInput;
import nl.xlascorecard.plugin.security.CallerResolver;

/**
 * An organisation's XLA targets: its effective targets with their statuses (own and inherited
 * defaults), its own targets to add, change and remove, and each target's status history.
 */
@Path("organisations/" + Ids.ORGANISATION_ID + "/targets")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationTargetsResource {

    private static final String TARGET_ID = "{targetId: [0-9]{1,18}}";

    private final ManageTargets targets;
    private final CallerResolver callers;

    @Inject
    public OrganisationTargetsResource(ManageTargets targets, CallerResolver callers) {
        this.targets = targets;
        this.callers = callers;
    }

    @GET
    public List<TargetDto> list(@PathParam("organisationId") long organisationId) {
        return targets.effective(Callers.require(callers), organisationId).stream().map(TargetDto::from).toList();
    }

    /** 201 with the new target, evaluated, and its address in {@code Location}. */
    @POST
    public Response create(@PathParam("organisationId") long organisationId, InputStream body) {
        Caller caller = Callers.require(callers);
        XlaTarget created = targets.create(caller, organisationId, TargetInput.read(body));
        TargetDto dto = TargetDto.from(targets.get(caller, organisationId, created.id()));
        return Response.created(URI.create("organisations/" + organisationId + "/targets/" + created.id())).entity(dto).build();
    }

    @GET
    @Path(TARGET_ID)
    public TargetDto get(@PathParam("organisationId") long organisationId, @PathParam("targetId") long targetId) {
        return TargetDto.from(targets.get(Callers.require(callers), organisationId, targetId));
    }

    @PUT
    @Path(TARGET_ID)
    public TargetDto update(@PathParam("organisationId") long organisationId, @PathParam("targetId") long targetId,
                            InputStream body) {
        Caller caller = Callers.require(callers);
        targets.update(caller, organisationId, targetId, TargetInput.read(body));
        return TargetDto.from(targets.get(caller, organisationId, targetId));
    }

    /** 204; the default for the same metric applies again. */
    @DELETE
    @Path(TARGET_ID)
    public Response delete(@PathParam("organisationId") long organisationId, @PathParam("targetId") long targetId) {
        targets.delete(Callers.require(callers), organisationId, targetId);
        return Response.noContent().build();
    }

    /** Status changes, newest first, paged ({@code start}, {@code limit}). */
    @GET
    @Path(TARGET_ID + "/history")
    public PageDto<StatusChangeDto> history(@PathParam("organisationId") long organisationId,
                                            @PathParam("targetId") long targetId, @QueryParam("start") String start,
                                            @QueryParam("limit") String limit) {
        return PageDto.from(targets.history(Callers.require(callers), organisationId, targetId,
                PageParams.of(start, limit)), StatusChangeDto::from);
    }
}
