package com.atlassian.servicedesk.api.sla.info;

import java.time.Instant;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). A completed cycle of an SLA. Only what
 * the app uses.
 * Source: https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/sla/info/SlaInformationCompletedCycle.html
 */
public interface SlaInformationCompletedCycle {

    /** The instant in time that the cycle stopped. */
    Instant getStopTime();

    /** True if the SLA breached during this cycle. */
    boolean getBreached();
}
