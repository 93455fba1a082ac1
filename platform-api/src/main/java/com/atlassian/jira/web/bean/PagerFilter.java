package com.atlassian.jira.web.bean;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). Which page of search results to return.
 * Source: https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/web/bean/PagerFilter.html
 *
 * @param <T> the result type
 */
public class PagerFilter<T> {

    private final int start;
    private final int max;

    /** Results {@code start} (0-based) up to {@code start + max}. */
    public PagerFilter(int start, int max) {
        this.start = start;
        this.max = max;
    }

    public int getStart() {
        return start;
    }

    public int getMax() {
        return max;
    }
}
