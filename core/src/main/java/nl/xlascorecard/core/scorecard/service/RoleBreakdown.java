package nl.xlascorecard.core.scorecard.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.xlascorecard.core.scorecard.domain.Category;
import nl.xlascorecard.core.scorecard.domain.NpsStat;
import nl.xlascorecard.core.scorecard.domain.RespondentRole;
import nl.xlascorecard.core.scorecard.domain.RoleResult;
import nl.xlascorecard.core.scorecard.domain.Stat;

/**
 * The round broken down by respondent role, per category and overall, with complementary
 * suppression: the all-respondent figure is published, so when exactly one role group is below
 * the floor its sum (n times mean) would follow by subtracting the other roles from the total.
 * Then the smallest other role group with data is suppressed as well, leaving only the combined
 * figure of two groups to be derived. A role's overall is built from its categories as shown
 * after this, for the same reason as the round's overall. No deltas: see docs/decisions.md.
 */
final class RoleBreakdown {

    private final ResultFigures figures;

    RoleBreakdown(ResultFigures figures) {
        this.figures = figures;
    }

    /** {@code nps}: each role's relationship figures, already suppressed as {@link NpsFigures} does. */
    List<RoleResult> of(RoundScores scores, Map<RespondentRole, NpsStat> nps) {
        Map<RespondentRole, RoundScores> byRole = new EnumMap<>(RespondentRole.class);
        Map<RespondentRole, Map<Category, Stat>> categories = new EnumMap<>(RespondentRole.class);
        for (RespondentRole role : RespondentRole.values()) {
            byRole.put(role, scores.forRole(role));
            categories.put(role, new EnumMap<>(Category.class));
        }
        for (Category category : Category.values()) {
            Map<RespondentRole, Stat> stats = new EnumMap<>(RespondentRole.class);
            byRole.forEach((role, roleScores) -> stats.put(role, figures.stat(roleScores.category(category))));
            complement(stats).forEach((role, stat) -> categories.get(role).put(category, stat));
        }
        Map<RespondentRole, Stat> overall = new EnumMap<>(RespondentRole.class);
        byRole.forEach((role, roleScores) -> overall.put(role,
                figures.overallStat(roleScores, shown(categories.get(role)))));
        Map<RespondentRole, Stat> shownOverall = complement(overall);
        List<RoleResult> roles = new ArrayList<>();
        for (RespondentRole role : RespondentRole.values()) {
            roles.add(new RoleResult(role, shownOverall.get(role), categories.get(role), nps.get(role)));
        }
        return roles;
    }

    /** One figure per role, with {@link ComplementarySuppression}. */
    static Map<RespondentRole, Stat> complement(Map<RespondentRole, Stat> stats) {
        return ComplementarySuppression.apply(stats, Stat::suppressed, Stat::hasMean, Stat::n,
                n -> Stat.suppressed((int) n));
    }

    private static Set<Category> shown(Map<Category, Stat> categories) {
        Set<Category> shown = EnumSet.noneOf(Category.class);
        categories.forEach((category, stat) -> {
            if (stat.hasMean()) {
                shown.add(category);
            }
        });
        return shown;
    }
}
