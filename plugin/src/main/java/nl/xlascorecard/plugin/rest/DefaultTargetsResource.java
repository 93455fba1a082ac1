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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import nl.xlascorecard.core.target.port.in.ManageTargets;
import nl.xlascorecard.plugin.rest.dto.TargetDefinitionDto;
import nl.xlascorecard.plugin.rest.input.TargetInput;
import nl.xlascorecard.plugin.security.CallerResolver;

/**
 * The default targets for every organisation that does not set its own: service managers read them,
 * administrators change them (the core decides; {@code @AdminOnly} is the REST layer's second line).
 */
@Path("targets/defaults")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DefaultTargetsResource {

    private final ManageTargets targets;
    private final CallerResolver callers;

    @Inject
    public DefaultTargetsResource(ManageTargets targets, CallerResolver callers) {
        this.targets = targets;
        this.callers = callers;
    }

    @GET
    public List<TargetDefinitionDto> list() {
        return targets.defaults(Callers.require(callers)).stream().map(TargetDefinitionDto::from).toList();
    }

    @POST
    @AdminOnly
    public Response create(InputStream body) {
        TargetDefinitionDto dto = TargetDefinitionDto.from(targets.createDefault(Callers.require(callers),
                TargetInput.read(body)));
        return Response.created(URI.create("targets/defaults/" + dto.id())).entity(dto).build();
    }

    @GET
    @Path(Ids.ID)
    public TargetDefinitionDto get(@PathParam("id") long id) {
        return TargetDefinitionDto.from(targets.getDefault(Callers.require(callers), id));
    }

    @PUT
    @AdminOnly
    @Path(Ids.ID)
    public TargetDefinitionDto update(@PathParam("id") long id, InputStream body) {
        var caller = Callers.require(callers);
        return TargetDefinitionDto.from(targets.updateDefault(caller, id, TargetInput.read(body)));
    }

    @DELETE
    @AdminOnly
    @Path(Ids.ID)
    public Response delete(@PathParam("id") long id) {
        targets.deleteDefault(Callers.require(callers), id);
        return Response.noContent().build();
    }
}
