package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). Jira's issue search by JQL, with the
 * permissions of the searching user (issues the user may not browse are left out).
 * Source: https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/bc/issue/search/SearchService.html
 */
public interface SearchService {

    /** Parses JQL text; check {@link ParseResult#isValid()} before searching. */
    ParseResult parseQuery(ApplicationUser searcher, String query);

    /** One page of the issues matching {@code query}, in the query's ORDER BY. */
    SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter<?> pager) throws SearchException;

    /** The outcome of {@link #parseQuery}: the query, or the errors that make it invalid. */
    final class ParseResult {

        private final Query query;
        private final MessageSet errors;

        public ParseResult(Query query, MessageSet errors) {
            this.query = query;
            this.errors = errors;
        }

        public Query getQuery() {
            return query;
        }

        public MessageSet getErrors() {
            return errors;
        }

        public boolean isValid() {
            return !errors.hasAnyErrors();
        }
    }
}
