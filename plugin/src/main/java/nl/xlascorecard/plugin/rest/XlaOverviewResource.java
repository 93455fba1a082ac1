package nl.xlascorecard.plugin.rest;

import java.util.HashSet;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import nl.xlascorecard.core.target.port.in.ReadXlaOverview;
import nl.xlascorecard.plugin.rest.dto.PageDto;
import nl.xlascorecard.plugin.rest.dto.XlaOverviewDto;
import nl.xlascorecard.plugin.rest.input.QueryParams;
import nl.xlascorecard.plugin.security.CallerResolver;

/**
 * {@code GET xla/overview?organisationId=1&organisationId=2&slaDays=30&start=0&limit=50}: stored XLA
 * statuses per organisation beside its SLA results, the watermelon cases flagged. Without
 * {@code organisationId}, every organisation the caller may see, by name. A page holds up to
 * {@value ReadXlaOverview#MAX_LIMIT} organisations.
 */
@Path("xla/overview")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class XlaOverviewResource {

    private final ReadXlaOverview overview;
    private final CallerResolver callers;

    @Inject
    public XlaOverviewResource(ReadXlaOverview overview, CallerResolver callers) {
        this.overview = overview;
        this.callers = callers;
    }

    @GET
    public PageDto<XlaOverviewDto> get(@QueryParam("organisationId") List<String> organisationIds,
                                       @QueryParam("slaDays") String slaDays, @QueryParam("start") String start,
                                       @QueryParam("limit") String limit) {
        var caller = Callers.require(callers);
        var ids = new HashSet<>(QueryParams.longs("organisationId", organisationIds));
        int days = QueryParams.intValue("slaDays", slaDays, ReadXlaOverview.DEFAULT_SLA_DAYS);
        int first = QueryParams.intValue("start", start, 0);
        int size = QueryParams.intValue("limit", limit, ReadXlaOverview.DEFAULT_LIMIT);
        return PageDto.from(overview.overview(caller, ids, days, first, size), XlaOverviewDto::from);
    }
}
