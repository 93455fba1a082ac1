package nl.xlascorecard.core.followup.port.out;

import nl.xlascorecard.core.followup.domain.FollowUpNotice;

/**
 * Out-port: delivers reminders and escalations (Jira's mail queue in Jira, the outbox page in the
 * sandbox). Called after the claim has committed and outside any transaction; the notice is sent at
 * most once, so the adapter should hand it to a queue that retries by itself.
 */
public interface FollowUpNotifier {

    void send(FollowUpNotice notice);
}
