package nl.xlascorecard.plugin.rest.input;

import java.io.InputStream;
import java.util.Set;

/**
 * Body of {@code PUT /followups/{id}/assignee}: {@code {"assigneeKey": "jdevries", "version": 2}};
 * {@code assigneeKey} {@code null} or absent gives the follow-up to the service-manager group.
 */
public final class AssigneeInput {

    static final Set<String> FIELDS = Set.of("assigneeKey", "version");

    /** The new assignee ({@code null} = the group) and the version it replaces. */
    public record Reassignment(String assigneeKey, long expectedVersion) {
    }

    private AssigneeInput() {
    }

    public static Reassignment read(InputStream body) {
        JsonObjectReader json = JsonBody.read(body, FIELDS);
        String assigneeKey = json.optionalText("assigneeKey");
        Long version = json.requiredLong("version");
        json.validate();
        return new Reassignment(assigneeKey, version);
    }
}
