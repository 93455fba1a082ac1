package nl.xlascorecard.plugin.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import nl.xlascorecard.core.rating.port.in.ReadTicketRatings;
import nl.xlascorecard.plugin.rest.csv.CsvFormat;
import nl.xlascorecard.plugin.rest.csv.CsvWriter;
import nl.xlascorecard.plugin.rest.csv.RatingsCsv;
import nl.xlascorecard.plugin.rest.input.QueryParams;
import nl.xlascorecard.plugin.security.CallerResolver;

/**
 * The ticket ratings of one organisation over the last {@code ?days=N} days (1..3660, default 90)
 * as a CSV download, newest first ({@code ?separator=comma|semicolon}). Days, separator and access
 * are checked before the first byte (so refusals are JSON errors); the ratings are then streamed
 * in bounded batches, never held all at once.
 */
@Path("organisations/" + Ids.ORGANISATION_ID + "/ratings.csv")
@LicensedOnly
@Produces("text/csv")
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationRatingsCsvResource {

    private final ReadTicketRatings ratings;
    private final CallerResolver callers;

    @Inject
    public OrganisationRatingsCsvResource(ReadTicketRatings ratings, CallerResolver callers) {
        this.ratings = ratings;
        this.callers = callers;
    }

    @GET
    public Response ratings(@PathParam("organisationId") long organisationId, @QueryParam("days") String days,
                            @QueryParam(CsvFormat.PARAMETER) String separator) {
        var caller = Callers.require(callers);
        int window = QueryParams.days(days, ReadTicketRatings.DEFAULT_DAYS);
        CsvFormat format = CsvFormat.of(separator);
        ReadTicketRatings.RatingExport export = ratings.export(caller, organisationId, window);
        return CsvResponses.download("xla-organisation-" + organisationId + "-ratings-" + window + "d", out -> {
            RatingsCsv csv = new RatingsCsv(CsvWriter.open(out, format));
            export.forEachBatch(csv::write);
            csv.finish();
        });
    }
}
