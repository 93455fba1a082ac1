package nl.xlascorecard.core.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.xlascorecard.core.rating.domain.RatingObservation;
import nl.xlascorecard.core.rating.port.out.RatingSource;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;

/** A service desk's current ratings, one per request, searchable like JQL per rating value. */
public final class InMemoryRatingSource implements RatingSource {

    private final Map<String, RatingObservation> current = new LinkedHashMap<>();
    private final List<String> searches = new ArrayList<>();

    public InMemoryRatingSource rate(RatingObservation observation) {
        current.put(observation.requestKey(), observation);
        return this;
    }

    @Override
    public Page<RatingObservation> ratedSince(int rating, Instant since, PageRequest page) {
        searches.add(rating + ">=" + since + "@" + page.start());
        return Pages.slice(current.values().stream()
                .filter(o -> o.rating() == rating && !o.ratedAt().isBefore(since))
                .sorted(Comparator.comparing(RatingObservation::ratedAt).thenComparing(RatingObservation::requestKey))
                .toList(), page);
    }

    /** The searches made, as "rating>=since@start". */
    public List<String> searches() {
        return List.copyOf(searches);
    }
}
