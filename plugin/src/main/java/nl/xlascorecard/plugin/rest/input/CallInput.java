package nl.xlascorecard.plugin.rest.input;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import nl.xlascorecard.core.followup.port.in.WorkFollowUps.CallLog;
import nl.xlascorecard.core.followup.port.in.WorkFollowUps.NewAction;

/**
 * Body of {@code POST /followups/{id}/calls}: the call as the log-call dialog sends it, with the
 * {@code version} of the follow-up it was logged against. {@code outcome} is passed on as text so
 * the core names an unknown one; {@code attempts} defaults to 1 (one call); {@code contactedAt}
 * defaults to now. The optional {@code action} object makes an improvement action of the call.
 */
public final class CallInput {

    static final Set<String> FIELDS = Set.of("version", "outcome", "attempts", "notes", "agreement", "contactedAt",
            "action");
    static final Set<String> ACTION_FIELDS = Set.of("text", "category", "ownerKey", "due");

    /** A call and the follow-up version it was logged against. */
    public record LoggedCall(long expectedVersion, CallLog call) {
    }

    private CallInput() {
    }

    public static LoggedCall read(InputStream body) {
        JsonObjectReader json = JsonBody.read(body, FIELDS);
        Long version = json.requiredLong("version");
        String outcome = json.requiredText("outcome");
        Integer attempts = json.optionalInt("attempts");
        String notes = json.optionalText("notes");
        String agreement = json.optionalText("agreement");
        Instant contactedAt = json.optionalInstant("contactedAt");
        NewAction action = action(json.optionalObject("action", ACTION_FIELDS));
        json.validate();
        return new LoggedCall(version,
                new CallLog(outcome, attempts == null ? 1 : attempts, notes, agreement, contactedAt, action));
    }

    private static NewAction action(JsonObjectReader json) {
        if (json == null) {
            return null;
        }
        String text = json.requiredText("text");
        String category = json.optionalText("category");
        String ownerKey = json.optionalText("ownerKey");
        LocalDate due = json.optionalDate("due");
        return new NewAction(text, category, ownerKey, due);
    }
}
