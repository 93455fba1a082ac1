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

import nl.xlascorecard.core.scorecard.domain.RoundResult;
import nl.xlascorecard.core.scorecard.port.in.ReadRoundResults;
import nl.xlascorecard.plugin.rest.csv.CsvFormat;
import nl.xlascorecard.plugin.rest.csv.CsvWriter;
import nl.xlascorecard.plugin.rest.csv.RoundResultCsv;
import nl.xlascorecard.plugin.security.CallerResolver;

/**
 * The statistics of one round as a CSV download ({@code ?separator=comma|semicolon}). The result is
 * read through the same use case as {@code GET rounds/{id}/result}, so suppression and access are
 * the JSON endpoint's; everything is checked before the first byte, so refusals are JSON errors.
 */
@Path("rounds/" + Ids.ROUND_ID + "/result.csv")
@LicensedOnly
@Produces("text/csv")
@Consumes(MediaType.APPLICATION_JSON)
public class RoundResultCsvResource {

    private final ReadRoundResults results;
    private final CallerResolver callers;

    @Inject
    public RoundResultCsvResource(ReadRoundResults results, CallerResolver callers) {
        this.results = results;
        this.callers = callers;
    }

    @GET
    public Response result(@PathParam("roundId") long roundId, @QueryParam(CsvFormat.PARAMETER) String separator) {
        var caller = Callers.require(callers);
        CsvFormat format = CsvFormat.of(separator);
        RoundResult result = results.result(caller, roundId);
        // a result is small (about 45 records), so it is computed before the download starts
        return CsvResponses.download("xla-organisation-" + result.round().organisationId() + "-round-" + roundId
                + "-result", out -> RoundResultCsv.write(result, CsvWriter.open(out, format)));
    }
}
