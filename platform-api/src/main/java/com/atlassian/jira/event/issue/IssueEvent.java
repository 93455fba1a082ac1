package com.atlassian.jira.event.issue;

import java.util.Map;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). Published by Jira after an issue was
 * created, updated, commented, transitioned...; only on the node where the change happened.
 * Source: https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/event/issue/IssueEvent.html
 */
public class IssueEvent {

    private final Issue issue;
    private final Map<?, ?> params;
    private final ApplicationUser user;
    private final Long eventTypeId;

    public IssueEvent(Issue issue, Map<?, ?> params, ApplicationUser user, Long eventTypeId) {
        this.issue = issue;
        this.params = params;
        this.user = user;
        this.eventTypeId = eventTypeId;
    }

    public Issue getIssue() {
        return issue;
    }

    public Map<?, ?> getParams() {
        return params;
    }

    public ApplicationUser getUser() {
        return user;
    }

    public Long getEventTypeId() {
        return eventTypeId;
    }
}
