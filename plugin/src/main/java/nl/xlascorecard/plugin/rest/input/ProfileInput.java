package nl.xlascorecard.plugin.rest.input;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.xlascorecard.core.organisation.domain.Language;
import nl.xlascorecard.core.organisation.domain.OrganisationProfile;

/**
 * Body of {@code PUT /organisations/{id}/profile}: the whole profile plus the {@code version} the
 * client read. Types are checked here; ranges and lengths by {@link OrganisationProfile} itself.
 */
public final class ProfileInput {

    static final Set<String> FIELDS = Set.of("language", "customerSince", "serviceManagerKeys", "roundsPerYear", "version");

    private ProfileInput() {
    }

    public static OrganisationProfile read(InputStream body, long organisationId) {
        JsonObjectReader json = JsonBody.read(body, FIELDS);
        Language language = json.requiredEnum("language", Language.class);
        LocalDate customerSince = json.optionalDate("customerSince");
        List<String> serviceManagerKeys = json.optionalTextList("serviceManagerKeys");
        Integer roundsPerYear = json.requiredInt("roundsPerYear");
        Long version = json.requiredLong("version");
        json.validate();
        return new OrganisationProfile(organisationId, language, customerSince, serviceManagerKeys, roundsPerYear, version);
    }
}
