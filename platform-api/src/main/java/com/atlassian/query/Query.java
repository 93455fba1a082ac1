package com.atlassian.query;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). A parsed JQL query.
 * Source: https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/query/Query.html
 */
public interface Query {

    /** The JQL text the query was parsed from, when known. */
    String getQueryString();
}
