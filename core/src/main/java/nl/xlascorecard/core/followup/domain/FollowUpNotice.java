package nl.xlascorecard.core.followup.domain;

import java.util.List;
import java.util.Objects;

/**
 * A reminder or escalation to send, with its recipients decided by the core: the assignee, or the
 * service-manager group when the follow-up has none; an escalation goes to the assignee and the
 * group.
 *
 * @param organisationName for the text of the message
 * @param recipientKeys    user keys to notify (may be empty)
 * @param recipientGroup   Jira group whose members are notified, or {@code null}
 */
public record FollowUpNotice(Kind kind, FollowUp followUp, String organisationName, List<String> recipientKeys,
                             String recipientGroup) {

    public FollowUpNotice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(followUp, "followUp");
        recipientKeys = List.copyOf(recipientKeys);
    }

    public enum Kind {
        /** The due time is near. */
        REMINDER,
        /** The due time has passed. */
        ESCALATION
    }
}
