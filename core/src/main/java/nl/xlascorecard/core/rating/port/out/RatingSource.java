package nl.xlascorecard.core.rating.port.out;

import java.time.Instant;

import nl.xlascorecard.core.rating.domain.RatingObservation;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;

/**
 * Out-port to where ratings are given: JSM (a JQL search per rating value,
 * {@code Satisfaction = N AND "Satisfaction date" >= since}, because JSM offers no Java API for
 * feedback) or the sandbox's simulated service desk. Used by the reconciliation job only.
 */
public interface RatingSource {

    /**
     * Requests whose current rating is {@code rating} (1..5) and whose rating time is at or after
     * {@code since}, ordered by rating time, then request key, so that paging is stable.
     */
    Page<RatingObservation> ratedSince(int rating, Instant since, PageRequest page);
}
