package nl.xlascorecard.core.target.domain;

import java.util.Objects;

import nl.xlascorecard.core.scorecard.domain.Category;

/**
 * One XLA target (spec "XLA target"): of one organisation, or a default for every organisation that
 * does not set its own target for the same metric (and category).
 *
 * @param id                 database id (0 before it is stored)
 * @param organisationId     the organisation, {@code null} for a default
 * @param category           the category of {@link XlaMetric#SCORECARD_CATEGORY}, else {@code null}
 * @param threshold          the value to reach, in the metric's unit (percent, stars, NPS points, score)
 * @param warningMargin      how close to the threshold a met target counts as AT_RISK, >= 0
 * @param minimumDataPoints  fewer data points than this give NO_DATA, >= 1
 */
public record XlaTarget(long id, Long organisationId, XlaMetric metric, Category category, Comparison comparison,
                        double threshold, double warningMargin, TargetWindow window, int minimumDataPoints) {

    public static final int MAX_MINIMUM_DATA_POINTS = 100_000;

    public XlaTarget {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(window, "window");
        if (metric.needsCategory() != (category != null)) {
            throw new IllegalArgumentException(metric + " with category " + category);
        }
    }

    public boolean isDefault() {
        return organisationId == null;
    }

    /** What an organisation's own target overrides of the defaults: the metric and its category. */
    public Subject subject() {
        return new Subject(metric, category);
    }

    public XlaTarget withId(long newId) {
        return new XlaTarget(newId, organisationId, metric, category, comparison, threshold, warningMargin, window,
                minimumDataPoints);
    }

    /** A metric, with the category when the metric has one. */
    public record Subject(XlaMetric metric, Category category) {
    }
}
