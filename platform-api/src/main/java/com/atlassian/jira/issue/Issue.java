package com.atlassian.jira.issue;

import java.sql.Timestamp;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). A Jira issue (a JSM request is one).
 * Only what the rating adapters read is declared.
 * Source: https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/issue/Issue.html
 */
public interface Issue {

    Long getId();

    String getKey();

    /** The reporter; in JSM the customer who raised the request. May be {@code null}. */
    ApplicationUser getReporter();

    Timestamp getUpdated();

    /** The value of a custom field on this issue; its class depends on the field's type. */
    Object getCustomFieldValue(CustomField customField);
}
