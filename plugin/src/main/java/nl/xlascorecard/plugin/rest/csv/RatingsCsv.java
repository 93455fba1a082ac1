package nl.xlascorecard.plugin.rest.csv;

import java.util.List;

import nl.xlascorecard.core.rating.domain.TicketRating;

/**
 * Ticket ratings as CSV, one record per rating: request key, rating time (ISO-8601 UTC), stars and
 * the customer's comment. Who rated is left out: a spreadsheet travels further than the app, and
 * the request key leads back to the customer for those allowed to see them.
 */
public final class RatingsCsv {

    static final String[] HEADER = {"request_key", "rated_at", "rating", "comment"};

    private final CsvWriter csv;

    public RatingsCsv(CsvWriter csv) {
        this.csv = csv;
        csv.header(HEADER);
    }

    /** Writes one batch and flushes it, so the response streams instead of collecting in a buffer. */
    public void write(List<TicketRating> batch) {
        for (TicketRating rating : batch) {
            csv.text(rating.requestKey()).text(rating.ratedAt().toString()).integer(rating.rating())
                    .text(rating.comment()).endRecord();
        }
        csv.flush();
    }

    public void finish() {
        csv.flush();
    }
}
