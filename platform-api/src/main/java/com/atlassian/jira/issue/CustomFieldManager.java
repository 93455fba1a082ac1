package com.atlassian.jira.issue;

import java.util.List;

import com.atlassian.jira.issue.fields.CustomField;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). Jira's custom field definitions.
 * Source: https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/issue/CustomFieldManager.html
 */
public interface CustomFieldManager {

    /** Every custom field of the instance. */
    List<CustomField> getCustomFieldObjects();
}
