package com.atlassian.servicedesk.api.sla.info;

import java.util.List;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). One SLA of an issue. Only what the app uses.
 * Source: https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/sla/info/SlaInformation.html
 */
public interface SlaInformation {

    String getName();

    List<SlaInformationCompletedCycle> getCompletedCycles();
}
