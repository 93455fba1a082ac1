package nl.xlascorecard.core.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list plus the total, so clients can page (JSM's {@code start/limit/size/isLastPage}). */
public record Page<T>(List<T> items, int start, int limit, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public boolean isLastPage() {
        return start + items.size() >= total;
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), start, limit, total);
    }
}
