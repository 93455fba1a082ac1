package nl.xlascorecard.plugin.rest.input;

import java.io.InputStream;
import java.util.Set;

import nl.xlascorecard.core.organisation.domain.AppSettings;

/**
 * Body of {@code PUT /settings}: all settings at once (a full replacement, as the admin form sends
 * them), so every field is required. Types are checked here; ranges by {@link AppSettings} itself.
 */
public final class SettingsInput {

    static final Set<String> FIELDS = Set.of("serviceManagerGroup", "limitServiceManagersToOwnOrganisations",
            "attentionThreshold", "minimumGroupSize");

    private SettingsInput() {
    }

    public static AppSettings read(InputStream body) {
        JsonObjectReader json = JsonBody.read(body, FIELDS);
        String group = json.requiredText("serviceManagerGroup");
        Boolean limit = json.requiredBoolean("limitServiceManagersToOwnOrganisations");
        Integer threshold = json.requiredInt("attentionThreshold");
        Integer minimumGroupSize = json.requiredInt("minimumGroupSize");
        json.validate();
        return new AppSettings(group, limit, threshold, minimumGroupSize);
    }
}
