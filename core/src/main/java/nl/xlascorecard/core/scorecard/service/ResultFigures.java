package nl.xlascorecard.core.scorecard.service;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import nl.xlascorecard.core.scorecard.domain.Category;

import nl.xlascorecard.core.scorecard.domain.Delta;
import nl.xlascorecard.core.scorecard.domain.Stat;
import nl.xlascorecard.core.shared.stats.Interval;
import nl.xlascorecard.core.shared.stats.Summary;
import nl.xlascorecard.core.shared.stats.WelchTest;

/**
 * Turns summaries into the figures a result shows, applying the anonymity floor: a group with
 * fewer respondents than {@code minimumGroupSize} shows only its n and is never compared.
 */
final class ResultFigures {

    private final int minimumGroupSize;

    ResultFigures(int minimumGroupSize) {
        this.minimumGroupSize = minimumGroupSize;
    }

    Stat stat(Optional<Summary> summary) {
        if (summary.isEmpty()) {
            return Stat.empty();
        }
        Summary s = summary.get();
        if (s.n() < minimumGroupSize) {
            return Stat.suppressed(s.n());
        }
        if (!s.hasSpread()) {
            return new Stat(s.n(), s.mean(), null, null, null, false);
        }
        Interval ci = s.confidenceInterval95();
        return new Stat(s.n(), s.mean(), s.sd(), ci.low(), ci.high(), false);
    }

    /**
     * A group against the same group in another round. Unavailable (no figures) when either side
     * has no data or is below the floor.
     */
    Delta delta(Optional<Summary> current, Optional<Summary> other, long otherRoundId) {
        if (current.isEmpty() || other.isEmpty() || !shown(current.get()) || !shown(other.get())) {
            return Delta.unavailable(otherRoundId);
        }
        return WelchTest.compare(current.get(), other.get())
                .map(r -> new Delta(otherRoundId, r.delta(), r.significant()))
                .orElseGet(() -> Delta.unavailable(otherRoundId));
    }

    /**
     * The categories an overall is built from: those shown (at or above the floor). A suppressed
     * category left in would be recoverable exactly from the overall mean and the other category
     * means, since every category's n is published.
     */
    Set<Category> shownCategories(RoundScores scores) {
        Set<Category> shown = EnumSet.noneOf(Category.class);
        for (Category category : Category.values()) {
            if (scores.category(category).filter(this::shown).isPresent()) {
                shown.add(category);
            }
        }
        return shown;
    }

    /** The overall as published: over the shown categories only. */
    Optional<Summary> overall(RoundScores scores) {
        return scores.overall(shownCategories(scores));
    }

    /**
     * The overall figure over the given categories. When none of them can be shown but people did
     * score, only how many is told (suppressed), as for any group too small to show.
     */
    Stat overallStat(RoundScores scores, Set<Category> included) {
        if (included.isEmpty()) {
            int n = scores.scoringRespondents();
            return n == 0 ? Stat.empty() : Stat.suppressed(n);
        }
        return stat(scores.overall(included));
    }

    private boolean shown(Summary summary) {
        return summary.n() >= minimumGroupSize;
    }
}
