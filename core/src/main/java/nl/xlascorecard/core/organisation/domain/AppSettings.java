package nl.xlascorecard.core.organisation.domain;

import java.util.Objects;

/**
 * Global settings an administrator controls (spec sections 1 and 2).
 *
 * @param serviceManagerGroup       Jira group whose members are service managers
 * @param limitServiceManagersToOwnOrganisations when true a service manager (not an administrator)
 *                                  sees only organisations that list them as service manager
 * @param attentionThreshold        category mean (1..100) below which a category is highlighted
 * @param minimumGroupSize          breakdowns with fewer respondents are suppressed (at least 5)
 */
public record AppSettings(String serviceManagerGroup, boolean limitServiceManagersToOwnOrganisations,
                          int attentionThreshold, int minimumGroupSize) {

    public static final String DEFAULT_SERVICE_MANAGER_GROUP = "xla-service-managers";
    public static final int DEFAULT_ATTENTION_THRESHOLD = 60;
    /** Anonymity floor of the spec: never fewer than 5. */
    public static final int MIN_GROUP_SIZE_FLOOR = 5;

    public AppSettings {
        Objects.requireNonNull(serviceManagerGroup, "serviceManagerGroup");
        if (attentionThreshold < 1 || attentionThreshold > 100) {
            throw new IllegalArgumentException("attentionThreshold out of range");
        }
        if (minimumGroupSize < MIN_GROUP_SIZE_FLOOR) {
            throw new IllegalArgumentException("minimumGroupSize below " + MIN_GROUP_SIZE_FLOOR);
        }
    }

    public static AppSettings defaults() {
        return new AppSettings(DEFAULT_SERVICE_MANAGER_GROUP, false, DEFAULT_ATTENTION_THRESHOLD, MIN_GROUP_SIZE_FLOOR);
    }
}
