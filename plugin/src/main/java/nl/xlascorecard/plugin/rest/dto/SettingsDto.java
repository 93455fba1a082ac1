package nl.xlascorecard.plugin.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import nl.xlascorecard.core.organisation.domain.AppSettings;

/** The app's global settings. */
@JsonPropertyOrder({"serviceManagerGroup", "limitServiceManagersToOwnOrganisations", "attentionThreshold",
        "minimumGroupSize"})
public record SettingsDto(String serviceManagerGroup, boolean limitServiceManagersToOwnOrganisations,
                          int attentionThreshold, int minimumGroupSize) {

    public static SettingsDto from(AppSettings settings) {
        return new SettingsDto(settings.serviceManagerGroup(), settings.limitServiceManagersToOwnOrganisations(),
                settings.attentionThreshold(), settings.minimumGroupSize());
    }
}
