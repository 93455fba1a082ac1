package nl.xlascorecard.core.organisation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the app stores about a JSM organisation (spec section 2): its service managers, language,
 * the date it became a customer and the scorecard cadence.
 *
 * @param serviceManagerKeys user keys of the organisation's service managers (may be empty: then
 *                           the service-manager group acts for it)
 * @param customerSince      start date as a customer, {@code null} when unknown
 * @param roundsPerYear      periodic scorecard rounds a year, 1..12 (default 3)
 * @param version            optimistic-lock counter (0 for a profile never saved)
 */
public record OrganisationProfile(long organisationId, Language language, LocalDate customerSince,
                                  List<String> serviceManagerKeys, int roundsPerYear, long version) {

    public static final int DEFAULT_ROUNDS_PER_YEAR = 3;

    public OrganisationProfile {
        Objects.requireNonNull(language, "language");
        serviceManagerKeys = List.copyOf(serviceManagerKeys);
        if (roundsPerYear < 1 || roundsPerYear > 12) {
            throw new IllegalArgumentException("roundsPerYear out of range: " + roundsPerYear);
        }
    }

    /** The profile of an organisation the app has not stored anything about yet. */
    public static OrganisationProfile defaults(long organisationId) {
        return new OrganisationProfile(organisationId, Language.NL, null, List.of(), DEFAULT_ROUNDS_PER_YEAR, 0);
    }
}
