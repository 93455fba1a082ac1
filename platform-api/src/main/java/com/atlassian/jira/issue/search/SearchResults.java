package com.atlassian.jira.issue.search;

import java.util.List;

import com.atlassian.jira.web.bean.PagerFilter;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). One page of search results and the
 * total number of matches.
 * Source: https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/issue/search/SearchResults.html
 *
 * @param <T> the result type ({@code Issue})
 */
public class SearchResults<T> {

    private final List<T> results;
    private final int total;
    private final PagerFilter<?> pager;

    public SearchResults(List<T> results, int total, PagerFilter<?> pager) {
        this.results = List.copyOf(results);
        this.total = total;
        this.pager = pager;
    }

    public List<T> getResults() {
        return results;
    }

    public int getTotal() {
        return total;
    }

    public int getStart() {
        return pager.getStart();
    }
}
