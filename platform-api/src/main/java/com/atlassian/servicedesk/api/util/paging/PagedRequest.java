package com.atlassian.servicedesk.api.util.paging;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). Which slice of a list to fetch.
 * Source: https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/util/paging/PagedRequest.html
 */
public interface PagedRequest {

    /** 0-based index of the first item. */
    int getStart();

    /** Maximum number of items; JSM may cap it lower. */
    int getLimit();
}
