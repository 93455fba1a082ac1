package com.atlassian.servicedesk.api.util.paging;

import java.util.List;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). One page of results. JSM reports
 * whether more follow, but no total.
 * Source: https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/util/paging/PagedResponse.html
 */
public interface PagedResponse<T> {

    List<T> getResults();

    /** Whether the source has more results after this page. */
    boolean hasNextPage();
}
