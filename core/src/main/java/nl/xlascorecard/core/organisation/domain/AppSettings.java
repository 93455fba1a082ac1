package nl.xlascorecard.core.organisation.domain;

import nl.xlascorecard.core.shared.FieldErrors;

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

    /** Upper bound of the group-size floor: beyond it every breakdown of a normal round is hidden. */
    public static final int MAX_GROUP_SIZE = 1000;
    /** Longest Jira group name. */
    public static final int MAX_GROUP_NAME = 255;

    /**
     * Validates every field at once.
     *
     * @throws nl.xlascorecard.core.shared.ValidationException naming each invalid field (HTTP 400)
     */
    public AppSettings {
        FieldErrors errors = new FieldErrors();
        if (errors.required("serviceManagerGroup", serviceManagerGroup)) {
            serviceManagerGroup = serviceManagerGroup.strip();
            errors.maxLength("serviceManagerGroup", serviceManagerGroup, MAX_GROUP_NAME);
        }
        errors.range("attentionThreshold", attentionThreshold, 1, 100);
        errors.range("minimumGroupSize", minimumGroupSize, MIN_GROUP_SIZE_FLOOR, MAX_GROUP_SIZE);
        errors.throwIfAny();
    }

    public static AppSettings defaults() {
        return new AppSettings(DEFAULT_SERVICE_MANAGER_GROUP, false, DEFAULT_ATTENTION_THRESHOLD, MIN_GROUP_SIZE_FLOOR);
    }
}
