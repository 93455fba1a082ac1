package nl.xlascorecard.plugin.rest;

import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** The answer of a CSV export: a download with a file name made of ids and the date only. */
final class CsvResponses {

    static final String TYPE = "text/csv; charset=UTF-8; header=present";

    private CsvResponses() {
    }

    /**
     * @param name the file name without date and extension, built from ids and fixed words only, so
     *             it never needs quoting or encoding and carries no user text into the header
     */
    static Response download(String name, StreamingOutput body) {
        String file = name + "-" + LocalDate.now(ZoneOffset.UTC) + ".csv";
        return Response.ok(body, TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                // An export holds customers' comments: not for shared caches or the browser's disk cache.
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
