package com.atlassian.jira.issue.search;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). A search that could not be run.
 * Source: https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/issue/search/SearchException.html
 */
public class SearchException extends Exception {

    private static final long serialVersionUID = 1L;

    public SearchException(String message) {
        super(message);
    }
}
