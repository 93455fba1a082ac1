package com.atlassian.servicedesk.api.util.paging;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). JSM's immutable {@link PagedRequest}.
 * Source: https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/util/paging/SimplePagedRequest.html
 */
public class SimplePagedRequest implements PagedRequest {

    private final int start;
    private final int limit;

    public SimplePagedRequest(int start, int limit) {
        this.start = start;
        this.limit = limit;
    }

    @Override
    public int getStart() {
        return start;
    }

    @Override
    public int getLimit() {
        return limit;
    }
}
