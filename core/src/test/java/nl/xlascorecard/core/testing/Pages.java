package nl.xlascorecard.core.testing;

import java.util.List;

import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;

final class Pages {

    private Pages() {
    }

    static <T> Page<T> slice(List<T> all, PageRequest page) {
        int from = Math.min(page.start(), all.size());
        int to = Math.min(from + page.limit(), all.size());
        return new Page<>(all.subList(from, to), page.start(), page.limit(), all.size());
    }
}
