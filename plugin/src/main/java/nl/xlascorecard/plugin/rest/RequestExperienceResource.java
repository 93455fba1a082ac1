package nl.xlascorecard.plugin.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import nl.xlascorecard.core.rating.port.in.ReadRequestExperience;
import nl.xlascorecard.plugin.rest.dto.ExperienceDto;
import nl.xlascorecard.plugin.rest.input.QueryParams;
import nl.xlascorecard.plugin.security.CallerResolver;
import nl.xlascorecard.plugin.users.UserNames;

/**
 * The experience panel's data for one request, in one call (it is on the issue view's hot path).
 * {@code ?organisationId=} (repeatable) names the request's organisations as the issue view knows
 * them, for a request the app has no rating of yet; see {@link ReadRequestExperience}.
 */
@Path("requests/" + Ids.REQUEST_KEY + "/experience")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequestExperienceResource {

    private final ReadRequestExperience experience;
    private final CallerResolver callers;
    private final UserNames names;

    @Inject
    public RequestExperienceResource(ReadRequestExperience experience, CallerResolver callers, UserNames names) {
        this.experience = experience;
        this.callers = callers;
        this.names = names;
    }

    @GET
    public ExperienceDto get(@PathParam("requestKey") String requestKey,
                             @QueryParam("organisationId") List<String> organisationIds) {
        var caller = Callers.require(callers);
        return ExperienceDto.from(experience.forRequest(caller, requestKey,
                QueryParams.longs("organisationId", organisationIds)), names);
    }
}
