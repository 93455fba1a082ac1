package nl.xlascorecard.plugin.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;

/**
 * {@code COLUMN IN (?, ?, ...)} over many ids in chunks of {@value #CHUNK}: Oracle refuses lists of
 * more than 1000, and every database plans a bounded list well. A page of a thousand organisations
 * is two queries.
 */
final class InClause {

    static final int CHUNK = 500;

    private InClause() {
    }

    /** Runs {@code query(where, params)} per chunk and concatenates the results. */
    static <T> List<T> chunked(String column, Collection<Long> ids, BiFunction<String, Object[], T[]> query) {
        List<Long> all = new ArrayList<>(ids);
        List<T> results = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            String where = column + " IN (" + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")";
            results.addAll(List.of(query.apply(where, chunk.toArray())));
        }
        return results;
    }
}
