package com.atlassian.jira.issue;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). A Jira issue; on the issue view Jira puts
 * the viewed issue into the web panels' context map under {@code "issue"}. The experience panel only
 * reads its key.
 * Source: https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/issue/Issue.html
 */
public interface Issue {

    String getKey();
}
