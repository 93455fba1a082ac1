package nl.xlascorecard.core.scorecard.service;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import nl.xlascorecard.core.scorecard.domain.RespondentRole;

/**
 * Complementary suppression of role figures: the all-respondent figure is published, so when
 * exactly one role group is below the floor, its figure would follow by subtracting the other roles
 * from the total. Then the smallest other role group that is shown (the first role in declaration
 * order on a tie) is suppressed as well, keeping its n. Used for the scores ({@link RoleBreakdown})
 * and for NPS ({@link NpsFigures}).
 */
final class ComplementarySuppression {

    private ComplementarySuppression() {
    }

    /**
     * @param suppressed whether a figure is already suppressed
     * @param shown      whether a figure shows values (not suppressed, not empty)
     * @param n          a figure's n
     * @param hide       the suppressed figure of a group of n
     */
    static <T> Map<RespondentRole, T> apply(Map<RespondentRole, T> figures, Predicate<T> suppressed,
                                            Predicate<T> shown, ToLongFunction<T> n, LongFunction<T> hide) {
        long hidden = figures.values().stream().filter(suppressed).count();
        if (hidden != 1) {
            return figures;
        }
        Map<RespondentRole, T> result = new EnumMap<>(figures);
        figures.entrySet().stream()
                .filter(e -> shown.test(e.getValue()))
                .min((a, b) -> Long.compare(n.applyAsLong(a.getValue()), n.applyAsLong(b.getValue())))
                .ifPresent(smallest -> result.put(smallest.getKey(), hide.apply(n.applyAsLong(smallest.getValue()))));
        return result;
    }
}
