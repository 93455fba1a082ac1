package nl.xlascorecard.plugin.rest.input;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import nl.xlascorecard.core.action.domain.ActionState;
import nl.xlascorecard.core.action.port.in.ManageImprovementActions.ActionCommand;

/**
 * Bodies of improvement actions: {@code POST /organisations/{id}/actions} (create) and
 * {@code PUT /actions/{id}} (the same fields plus the {@code version} the client read), and
 * {@code POST /actions/{id}/state} ({@code state} and {@code version}). The category is passed on as
 * text so the core names an unknown one; the core also checks lengths, the round and the issue key.
 */
public final class ActionInput {

    static final Set<String> FIELDS = Set.of("roundId", "category", "statementKey", "text", "ownerKey", "due",
            "linkedIssueKey");
    static final Set<String> UPDATE_FIELDS = with(FIELDS, "version");
    static final Set<String> STATE_FIELDS = Set.of("state", "version");

    /** An edit of an action: its fields and the version they replace. */
    public record Update(long expectedVersion, ActionCommand command) {
    }

    /** A state change and the version it applies to. */
    public record StateChange(ActionState state, long expectedVersion) {
    }

    private ActionInput() {
    }

    public static ActionCommand create(InputStream body, long organisationId) {
        JsonObjectReader json = JsonBody.read(body, FIELDS);
        ActionCommand command = command(json, organisationId);
        json.validate();
        return command;
    }

    /** @param organisationId the organisation the action belongs to (an action never moves) */
    public static Update update(InputStream body, long organisationId) {
        JsonObjectReader json = JsonBody.read(body, UPDATE_FIELDS);
        ActionCommand command = command(json, organisationId);
        Long version = json.requiredLong("version");
        json.validate();
        return new Update(version, command);
    }

    public static StateChange stateChange(InputStream body) {
        JsonObjectReader json = JsonBody.read(body, STATE_FIELDS);
        ActionState state = json.requiredEnum("state", ActionState.class);
        Long version = json.requiredLong("version");
        json.validate();
        return new StateChange(state, version);
    }

    private static ActionCommand command(JsonObjectReader json, long organisationId) {
        Long roundId = json.optionalLong("roundId");
        String category = json.optionalText("category");
        String statementKey = json.optionalText("statementKey");
        String text = json.requiredText("text");
        String ownerKey = json.optionalText("ownerKey");
        LocalDate due = json.optionalDate("due");
        String linkedIssueKey = json.optionalText("linkedIssueKey");
        return new ActionCommand(organisationId, roundId, category, statementKey, text, ownerKey, due, linkedIssueKey);
    }

    private static Set<String> with(Set<String> fields, String extra) {
        Set<String> all = new HashSet<>(fields);
        all.add(extra);
        return Set.copyOf(all);
    }
}
