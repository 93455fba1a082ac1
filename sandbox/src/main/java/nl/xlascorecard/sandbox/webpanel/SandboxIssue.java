package nl.xlascorecard.sandbox.webpanel;

/**
 * The request as the {@code issue} of a web panel's context: the part of Jira's
 * {@code com.atlassian.jira.issue.Issue} the sandbox offers (id, key, summary). See
 * {@link IssueContext} for how it reaches a panel that expects Jira's interface.
 */
public final class SandboxIssue {

    private final Long id;
    private final String key;
    private final String summary;

    public SandboxIssue(long id, String key, String summary) {
        this.id = id;
        this.key = key;
        this.summary = summary;
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

    @Override
    public String toString() {
        return key;
    }
}
