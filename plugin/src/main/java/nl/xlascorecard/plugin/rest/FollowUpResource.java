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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import nl.xlascorecard.core.followup.port.in.WorkFollowUps;
import nl.xlascorecard.core.followup.port.in.WorkFollowUps.QueueFilter;
import nl.xlascorecard.plugin.rest.dto.FollowUpDto;
import nl.xlascorecard.plugin.rest.dto.PageDto;
import nl.xlascorecard.plugin.rest.input.AssigneeInput;
import nl.xlascorecard.plugin.rest.input.CallInput;
import nl.xlascorecard.plugin.rest.input.PageParams;
import nl.xlascorecard.plugin.rest.input.QueryParams;
import nl.xlascorecard.plugin.security.CallerResolver;
import nl.xlascorecard.plugin.users.UserNames;

/**
 * The follow-up queue and the work on one follow-up: read it, log a call, give it to someone else.
 * Who may do what is the core's decision ({@link WorkFollowUps}).
 */
@Path("followups")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FollowUpResource {

    private final WorkFollowUps followUps;
    private final CallerResolver callers;
    private final UserNames names;

    @Inject
    public FollowUpResource(WorkFollowUps followUps, CallerResolver callers, UserNames names) {
        this.followUps = followUps;
        this.callers = callers;
        this.names = names;
    }

    /**
     * Open follow-ups the caller may see, least time left first. Filters: {@code organisationId},
     * {@code assigneeKey} (a user key) or {@code unassigned=true} (the service-manager group's).
     */
    @GET
    public PageDto<FollowUpDto> queue(@QueryParam("organisationId") String organisationId,
                                      @QueryParam("assigneeKey") String assigneeKey,
                                      @QueryParam("unassigned") String unassigned,
                                      @QueryParam("start") String start, @QueryParam("limit") String limit) {
        var caller = Callers.require(callers);
        QueueFilter filter = new QueueFilter(QueryParams.optionalLong("organisationId", organisationId),
                assigneeKey == null || assigneeKey.isEmpty() ? null : assigneeKey, QueryParams.flag("unassigned", unassigned));
        return FollowUpDto.page(followUps.queue(caller, filter, PageParams.of(start, limit)), names);
    }

    @GET
    @Path(Ids.ID)
    public FollowUpDto get(@PathParam("id") long id) {
        return FollowUpDto.from(followUps.get(Callers.require(callers), id), names);
    }

    /** Logs a call; answers the follow-up as it is afterwards (DONE when the call closed it). */
    @POST
    @Path(Ids.ID + "/calls")
    public FollowUpDto logCall(@PathParam("id") long id, InputStream body) {
        var caller = Callers.require(callers);
        CallInput.LoggedCall logged = CallInput.read(body);
        return FollowUpDto.from(followUps.logCall(caller, id, logged.expectedVersion(), logged.call()), names);
    }

    @PUT
    @Path(Ids.ID + "/assignee")
    public FollowUpDto reassign(@PathParam("id") long id, InputStream body) {
        var caller = Callers.require(callers);
        AssigneeInput.Reassignment change = AssigneeInput.read(body);
        return FollowUpDto.from(followUps.reassign(caller, id, change.expectedVersion(), change.assigneeKey()), names);
    }
}
