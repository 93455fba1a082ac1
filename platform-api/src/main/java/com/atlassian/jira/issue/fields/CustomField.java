package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.customfields.CustomFieldType;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). A custom field definition.
 * Source: https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/issue/fields/CustomField.html
 */
public interface CustomField {

    /** {@code customfield_NNNNN}. */
    String getId();

    Long getIdAsLong();

    /** The field's name as administrators see it (translatable; not used to find fields). */
    String getName();

    CustomFieldType<?, ?> getCustomFieldType();
}
