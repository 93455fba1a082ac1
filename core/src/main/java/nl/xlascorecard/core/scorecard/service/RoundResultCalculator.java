package nl.xlascorecard.core.scorecard.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import nl.xlascorecard.core.scorecard.domain.CategoryResult;
import nl.xlascorecard.core.scorecard.domain.Delta;
import nl.xlascorecard.core.scorecard.domain.RoleResult;
import nl.xlascorecard.core.scorecard.domain.Round;
import nl.xlascorecard.core.scorecard.domain.RoundResult;
import nl.xlascorecard.core.scorecard.domain.ScorecardTemplate;
import nl.xlascorecard.core.scorecard.domain.Stat;
import nl.xlascorecard.core.scorecard.domain.StatementResult;
import nl.xlascorecard.core.scorecard.domain.TemplateCategory;
import nl.xlascorecard.core.scorecard.domain.TemplateStatement;
import nl.xlascorecard.core.shared.stats.NetPromoterScore;
import nl.xlascorecard.core.shared.stats.Summary;

/**
 * Computes a round's result from its respondents' scores and those of the rounds it is compared
 * with (spec section 2, "Round result"). Pure: all data comes in, nothing is read or written.
 */
final class RoundResultCalculator {

    /** A round the result is compared with, with its respondents' scores and relationship answers. */
    record Compared(long roundId, RoundScores scores, NetPromoterScore nps) {
    }

    /** What the calculation needs besides the scores. */
    record Input(Round round, ScorecardTemplate template, RoundScores scores, int responses,
                 RoundRecommendations recommendations, Compared previous, Compared baseline) {
    }

    private final ResultFigures figures;
    private final NpsFigures npsFigures;
    private final int attentionThreshold;

    RoundResultCalculator(int minimumGroupSize, int attentionThreshold) {
        this.figures = new ResultFigures(minimumGroupSize);
        this.npsFigures = new NpsFigures(minimumGroupSize);
        this.attentionThreshold = attentionThreshold;
    }

    RoundResult calculate(Input in) {
        List<CategoryResult> categories = new ArrayList<>();
        for (TemplateCategory category : in.template().categories()) {
            categories.add(category(in, category));
        }
        List<RoleResult> roles = new RoleBreakdown(figures).of(in.scores(), npsFigures.byRole(in.recommendations()));
        Round round = in.round();
        Double responseRate = round.invitations() == 0 ? null : (double) in.responses() / round.invitations();
        return new RoundResult(round, in.responses(), responseRate, figures.overallStat(in.scores(), figures.shownCategories(in.scores())),
                delta(in, in.previous(), figures::overall), delta(in, in.baseline(), figures::overall),
                categories, roles,
                in.previous() == null ? null : in.previous().roundId(),
                in.baseline() == null ? null : in.baseline().roundId(),
                attentionThreshold, npsFigures.stat(in.recommendations().all()),
                npsDelta(in, in.previous()), npsDelta(in, in.baseline()));
    }

    private Delta npsDelta(Input in, Compared other) {
        return other == null ? null : npsFigures.delta(in.recommendations().all(), other.nps(), other.roundId());
    }

    private CategoryResult category(Input in, TemplateCategory category) {
        List<StatementResult> statements = new ArrayList<>();
        for (TemplateStatement statement : category.statements()) {
            Function<RoundScores, Optional<Summary>> group = s -> s.statement(statement.key());
            statements.add(new StatementResult(statement.key(), figures.stat(group.apply(in.scores())),
                    delta(in, in.previous(), group), delta(in, in.baseline(), group)));
        }
        Function<RoundScores, Optional<Summary>> group = s -> s.category(category.category());
        Stat stat = figures.stat(group.apply(in.scores()));
        Delta vsPrevious = delta(in, in.previous(), group);
        return new CategoryResult(category.category(), stat, statements, vsPrevious,
                delta(in, in.baseline(), group), attention(stat, vsPrevious));
    }

    private Delta delta(Input in, Compared other, Function<RoundScores, Optional<Summary>> group) {
        if (other == null) {
            return null;
        }
        return figures.delta(group.apply(in.scores()), group.apply(other.scores()), other.roundId());
    }

    /**
     * Below the threshold, or significantly lower than the previous round. A suppressed category is
     * never flagged: the flag would tell what the suppression hides.
     */
    private boolean attention(Stat stat, Delta vsPrevious) {
        if (!stat.hasMean()) {
            return false;
        }
        boolean below = stat.mean() < attentionThreshold;
        boolean droppedSignificantly = vsPrevious != null && Boolean.TRUE.equals(vsPrevious.significant())
                && vsPrevious.delta() < 0;
        return below || droppedSignificantly;
    }
}
