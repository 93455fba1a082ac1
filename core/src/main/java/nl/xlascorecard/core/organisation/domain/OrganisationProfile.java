package nl.xlascorecard.core.organisation.domain;

import java.time.LocalDate;
import java.util.List;

import nl.xlascorecard.core.shared.FieldErrors;

/**
 * What the app stores about a JSM organisation (spec section 2): its service managers, language,
 * the date it became a customer and the scorecard cadence.
 *
 * @param serviceManagerKeys user keys of the organisation's service managers; never blank, never
 *                           with control characters (the store keeps them one a line). Only read
 *                           when service managers are limited to their own organisations
 *                           ({@code AppSettings}); then an empty list means no service manager
 *                           manages the organisation, only administrators. Without the limit every
 *                           service manager manages every organisation, listed or not.
 * @param customerSince      start date as a customer, {@code null} when unknown
 * @param roundsPerYear      periodic scorecard rounds a year, 1..12 (default 3)
 * @param version            optimistic-lock counter (0 for a profile never saved)
 */
public record OrganisationProfile(long organisationId, Language language, LocalDate customerSince,
                                  List<String> serviceManagerKeys, int roundsPerYear, long version) {

    public static final int DEFAULT_ROUNDS_PER_YEAR = 3;

    public static final int MAX_SERVICE_MANAGERS = 20;
    /** Longest Jira user key. */
    public static final int MAX_USER_KEY = 255;
    public static final String KEY_CONTROL_CHARACTERS = "xla.error.profile.serviceManagers.controlCharacters";

    /**
     * Validates every field at once; a {@code null} list of service managers means none.
     *
     * @throws nl.xlascorecard.core.shared.ValidationException naming each invalid field (HTTP 400)
     */
    public OrganisationProfile {
        FieldErrors errors = new FieldErrors();
        errors.required("language", language);
        errors.range("roundsPerYear", roundsPerYear, 1, 12);
        errors.dateInRange("customerSince", customerSince);
        serviceManagerKeys = serviceManagerKeys == null ? List.of() : serviceManagerKeys;
        if (serviceManagerKeys.size() > MAX_SERVICE_MANAGERS) {
            errors.add("serviceManagerKeys", "xla.error.profile.serviceManagers.tooMany", String.valueOf(MAX_SERVICE_MANAGERS));
        }
        for (int i = 0; i < serviceManagerKeys.size(); i++) {
            String key = serviceManagerKeys.get(i);
            if (errors.required("serviceManagerKeys[" + i + "]", key)) {
                errors.maxLength("serviceManagerKeys[" + i + "]", key, MAX_USER_KEY);
                if (key.chars().anyMatch(Character::isISOControl)) {
                    errors.add("serviceManagerKeys[" + i + "]", KEY_CONTROL_CHARACTERS);
                }
            }
        }
        errors.throwIfAny();
        serviceManagerKeys = List.copyOf(serviceManagerKeys);
    }

    /** The profile of an organisation the app has not stored anything about yet. */
    public static OrganisationProfile defaults(long organisationId) {
        return new OrganisationProfile(organisationId, Language.NL, null, List.of(), DEFAULT_ROUNDS_PER_YEAR, 0);
    }
}
