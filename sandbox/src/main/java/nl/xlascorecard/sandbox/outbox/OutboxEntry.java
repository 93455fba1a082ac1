package nl.xlascorecard.sandbox.outbox;

import java.time.Instant;
import java.util.List;

import nl.xlascorecard.core.followup.domain.FollowUpNotice;

/**
 * A notification the sandbox "sent" instead of mail: what Jira's mail queue would have delivered.
 *
 * @param node           the sandbox node whose job sent it (to see which node won a race)
 * @param recipientGroup the group notified besides the users, or {@code null}
 */
public record OutboxEntry(long id, Instant sentAt, String node, FollowUpNotice.Kind kind, long followUpId,
                          String requestKey, String organisationName, int rating, Instant dueAt,
                          List<String> recipientKeys, String recipientGroup) {

    public OutboxEntry {
        recipientKeys = List.copyOf(recipientKeys);
    }
}
