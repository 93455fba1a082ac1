package nl.xlascorecard.core.rating.port.in;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import nl.xlascorecard.core.rating.domain.CsatFigures;
import nl.xlascorecard.core.rating.domain.TicketRating;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;

/**
 * In-port: ratings and CSAT figures, for whoever may see the organisation (its agents, service
 * managers, administrators; never customers).
 */
public interface ReadTicketRatings {

    int DEFAULT_DAYS = 90;
    int MAX_DAYS = 3660;

    /**
     * Ratings of the organisation, newest rating time first.
     *
     * @throws nl.xlascorecard.core.shared.NotFoundException organisation missing or hidden
     */
    Page<TicketRating> listByOrganisation(Caller caller, long organisationId, PageRequest page);

    /**
     * The rating of one request, for the experience panel: empty when the request has no rating or
     * the caller sees none of its organisations.
     */
    Optional<TicketRating> forRequest(Caller caller, String requestKey);

    /**
     * The organisation's ratings of the last {@code days} days (1..3660), for an export. Days and
     * visibility are checked here, before anything is read, so that a refusal can still be answered
     * as an error; the returned export then reads the ratings in batches of at most
     * {@link #EXPORT_BATCH} (newest first), so that no caller holds them all in memory.
     *
     * @throws nl.xlascorecard.core.shared.NotFoundException organisation missing or hidden
     * @throws nl.xlascorecard.core.shared.ValidationException {@code days} out of range (field {@code days})
     */
    RatingExport export(Caller caller, long organisationId, int days);

    int EXPORT_BATCH = 500;

    /** Ratings of an export, read batch by batch when {@link #forEachBatch} runs. */
    @FunctionalInterface
    interface RatingExport {

        /** Gives every rating, newest first, in batches of at most {@link #EXPORT_BATCH}. */
        void forEachBatch(Consumer<List<TicketRating>> batch);
    }

    /**
     * CSAT %, mean rating and n over the last {@code days} days (1..3660), counted by rating time.
     *
     * @throws nl.xlascorecard.core.shared.NotFoundException organisation missing or hidden
     * @throws nl.xlascorecard.core.shared.ValidationException {@code days} out of range (field {@code days})
     */
    CsatFigures csat(Caller caller, long organisationId, int days);
}
