package com.atlassian.servicedesk.api.organization;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). A JSM customer organisation.
 * Source: https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/organization/CustomerOrganization.html
 */
public interface CustomerOrganization {

    int getId();

    String getName();
}
