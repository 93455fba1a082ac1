package com.atlassian.servicedesk.api.license;

import com.atlassian.jira.user.ApplicationUser;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). JSM licensing.
 * Source: https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/license/ServiceDeskLicenseService.html
 */
public interface ServiceDeskLicenseService {

    /** Whether the user holds a JSM agent licence (portal-only customers do not). */
    boolean hasAgentLicense(ApplicationUser user);
}
