package nl.xlascorecard.sandbox.webpanel;

import java.sql.Timestamp;

/**
 * The request as the {@code issue} of a web panel's context: the part of Jira's
 * {@code com.atlassian.jira.issue.Issue} the sandbox offers (id, key, summary, reporter, last
 * update). See {@link IssueContext} for how it reaches a panel that expects Jira's interface.
 */
public final class SandboxIssue {

    private final Long id;
    private final String key;
    private final String summary;
    private final SandboxUser reporter;
    private final Timestamp updated;

    public SandboxIssue(long id, String key, String summary, SandboxUser reporter, Timestamp updated) {
        this.id = id;
        this.key = key;
        this.summary = summary;
        this.reporter = reporter;
        this.updated = updated;
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public String getSummary() {
        return summary;
    }

    public SandboxUser getReporter() {
        return reporter;
    }

    public Timestamp getUpdated() {
        return updated;
    }

    @Override
    public String toString() {
        return key;
    }
}
