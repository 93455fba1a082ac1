package com.atlassian.jira.issue.customfields;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). The type of a custom field; its key is
 * the complete module key, e.g. {@code com.atlassian.servicedesk:sd-request-feedback}.
 * Source: https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/issue/customfields/CustomFieldType.html
 *
 * @param <T> transport object of the field's value
 * @param <S> single value type
 */
public interface CustomFieldType<T, S> {

    String getKey();
}
