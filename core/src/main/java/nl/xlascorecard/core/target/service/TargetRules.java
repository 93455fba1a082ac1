package nl.xlascorecard.core.target.service;

import java.util.Optional;

import nl.xlascorecard.core.scorecard.domain.Category;
import nl.xlascorecard.core.shared.FieldErrors;
import nl.xlascorecard.core.shared.Inputs;
import nl.xlascorecard.core.target.domain.Comparison;
import nl.xlascorecard.core.target.domain.TargetWindow;
import nl.xlascorecard.core.target.domain.XlaMetric;
import nl.xlascorecard.core.target.domain.XlaTarget;
import nl.xlascorecard.core.target.port.in.ManageTargets.TargetCommand;

/**
 * Field rules of a target; every broken rule is reported at once, naming its field. The ranges are
 * in docs/decisions-targets.md: the threshold within the metric's own range, the margin from 0 to
 * the width of that range, a rolling window of {@value TargetWindow#MIN_DAYS}..{@value
 * TargetWindow#MAX_DAYS} days, and only the windows the metric allows.
 */
final class TargetRules {

    static final String THRESHOLD_RANGE = "xla.error.target.thresholdRange";
    static final String MARGIN_RANGE = "xla.error.target.marginRange";
    static final String WINDOW_NOT_FOR_METRIC = "xla.error.target.windowNotForMetric";
    static final String CATEGORY_NOT_FOR_METRIC = "xla.error.target.categoryNotForMetric";
    static final String DAYS_NOT_FOR_WINDOW = "xla.error.target.daysNotForWindow";

    private TargetRules() {
    }

    /**
     * @param organisationId the target's organisation, {@code null} for a default
     * @throws nl.xlascorecard.core.shared.ValidationException with every broken rule
     */
    static XlaTarget target(long id, Long organisationId, TargetCommand command) {
        FieldErrors errors = new FieldErrors();
        if (command == null) {
            errors.add("metric", FieldErrors.REQUIRED);
            errors.throwIfAny();
        }
        XlaMetric metric = choice(errors, "metric", XlaMetric.class, command.metric(), true).orElse(null);
        Category category = choice(errors, "category", Category.class, command.category(), false).orElse(null);
        Comparison comparison = choice(errors, "comparison", Comparison.class, command.comparison(), true).orElse(null);
        TargetWindow.Kind kind = choice(errors, "window.kind", TargetWindow.Kind.class, command.windowKind(), true)
                .orElse(null);
        if (metric != null) {
            if (metric.needsCategory()) {
                if (Inputs.stripped(command.category()) == null) {
                    errors.add("category", FieldErrors.REQUIRED);
                }
            } else if (Inputs.stripped(command.category()) != null) {
                errors.add("category", CATEGORY_NOT_FOR_METRIC, metric.name());
            }
            if (kind != null && !metric.allows(kind)) {
                errors.add("window.kind", WINDOW_NOT_FOR_METRIC, kind.name(), metric.name());
            }
        }
        if (errors.required("threshold", command.threshold()) && metric != null
                && !within(command.threshold(), metric.minThreshold(), metric.maxThreshold())) {
            errors.add("threshold", THRESHOLD_RANGE, number(metric.minThreshold()), number(metric.maxThreshold()));
        }
        if (errors.required("warningMargin", command.warningMargin())) {
            // With an unknown metric (already reported), the widest range of all metrics (NPS: 200).
            double max = metric == null ? XlaMetric.NPS.maxMargin() : metric.maxMargin();
            if (!within(command.warningMargin(), 0, max)) {
                errors.add("warningMargin", MARGIN_RANGE, "0", number(max));
            }
        }
        if (kind == TargetWindow.Kind.ROLLING_DAYS) {
            if (errors.required("window.days", command.windowDays())) {
                errors.range("window.days", command.windowDays(), TargetWindow.MIN_DAYS, TargetWindow.MAX_DAYS);
            }
        } else if (kind == TargetWindow.Kind.LATEST_CLOSED_ROUND && command.windowDays() != null) {
            errors.add("window.days", DAYS_NOT_FOR_WINDOW);
        }
        if (errors.required("minimumDataPoints", command.minimumDataPoints())) {
            errors.range("minimumDataPoints", command.minimumDataPoints(), 1, XlaTarget.MAX_MINIMUM_DATA_POINTS);
        }
        errors.throwIfAny();
        TargetWindow window = kind == TargetWindow.Kind.ROLLING_DAYS
                ? TargetWindow.rollingDays(command.windowDays()) : TargetWindow.latestClosedRound();
        return new XlaTarget(id, organisationId, metric, metric.needsCategory() ? category : null, comparison,
                command.threshold(), command.warningMargin(), window, command.minimumDataPoints());
    }

    private static <E extends Enum<E>> Optional<E> choice(FieldErrors errors, String field, Class<E> type, String value,
                                                           boolean required) {
        String text = Inputs.stripped(value);
        if (text == null) {
            if (required) {
                errors.add(field, FieldErrors.REQUIRED);
            }
            return Optional.empty();
        }
        Optional<E> choice = Inputs.choice(type, text);
        if (choice.isEmpty()) {
            errors.add(field, FieldErrors.INVALID_CHOICE, Inputs.choices(type));
        }
        return choice;
    }

    private static boolean within(double value, double min, double max) {
        return !Double.isNaN(value) && value >= min && value <= max;
    }

    /** A bound as text without a needless ".0". */
    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
