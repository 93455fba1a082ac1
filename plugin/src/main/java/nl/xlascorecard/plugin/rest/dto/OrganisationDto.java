package nl.xlascorecard.plugin.rest.dto;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import nl.xlascorecard.core.organisation.domain.Organisation;
import nl.xlascorecard.core.organisation.domain.OrganisationProfile;

/** A JSM organisation with the app's profile of it, flattened for clients. */
@JsonPropertyOrder({"id", "name", "language", "customerSince", "serviceManagerKeys", "roundsPerYear", "version"})
public record OrganisationDto(long id, String name, String language, LocalDate customerSince,
                              List<String> serviceManagerKeys, int roundsPerYear, long version) {

    public OrganisationDto {
        serviceManagerKeys = List.copyOf(serviceManagerKeys);
    }

    public static OrganisationDto from(Organisation organisation) {
        OrganisationProfile profile = organisation.profile();
        return new OrganisationDto(organisation.id(), organisation.name(), profile.language().name(),
                profile.customerSince(), profile.serviceManagerKeys(), profile.roundsPerYear(), profile.version());
    }
}
