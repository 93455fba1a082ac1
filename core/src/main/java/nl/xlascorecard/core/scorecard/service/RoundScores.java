package nl.xlascorecard.core.scorecard.service;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import nl.xlascorecard.core.scorecard.domain.Category;
import nl.xlascorecard.core.scorecard.domain.RespondentRole;
import nl.xlascorecard.core.scorecard.domain.Response;
import nl.xlascorecard.core.scorecard.domain.ScorecardTemplate;
import nl.xlascorecard.core.scorecard.domain.TemplateCategory;
import nl.xlascorecard.core.scorecard.domain.TemplateStatement;
import nl.xlascorecard.core.shared.stats.Summary;

/**
 * The scores of one group of respondents (a round, or one role in it), summarised per statement,
 * per category and overall as the spec's "Round result" defines them:
 * <ul>
 * <li>statement: the scores given (no opinion is not counted);</li>
 * <li>category: per respondent the mean of the statements they scored in it, summarised over the
 *     respondents who scored any;</li>
 * <li>overall: over a given set of categories (the shown ones), the mean of their category means
 *     (categories without data skipped), with n, SD and interval from the respondents' own overall
 *     scores (the mean of their category scores in those categories) and the interval centred on
 *     that overall mean.</li>
 * </ul>
 * An empty {@link Optional} means nobody gave a score. Each respondent's scores are indexed by
 * position once, and each summary is computed once, because a result asks for the same groups
 * several times (its own figure and each comparison).
 */
final class RoundScores {

    private static final Category[] CATEGORIES = Category.values();
    private static final Set<Category> ALL = EnumSet.allOf(Category.class);

    private final Map<String, Integer> statementIndex;
    private final List<Respondent> respondents;
    private final Map<Object, Optional<Summary>> summaries = new HashMap<>();

    private RoundScores(Map<String, Integer> statementIndex, List<Respondent> respondents) {
        this.statementIndex = statementIndex;
        this.respondents = respondents;
    }

    static RoundScores of(ScorecardTemplate template, List<Response> responses) {
        List<TemplateStatement> statements = template.statements();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            index.put(statements.get(i).key(), i);
        }
        return new RoundScores(index, responses.stream().map(r -> Respondent.of(template, index, r)).toList());
    }

    RoundScores forRole(RespondentRole role) {
        return new RoundScores(statementIndex, respondents.stream().filter(r -> r.role == role).toList());
    }

    Optional<Summary> statement(String key) {
        Integer index = statementIndex.get(key);
        if (index == null) {
            return Optional.empty();
        }
        return summaries.computeIfAbsent(key, k -> summarise(r -> r.statementScores[index]));
    }

    Optional<Summary> category(Category category) {
        return summaries.computeIfAbsent(category, c -> summarise(r -> r.categoryScores[category.ordinal()]));
    }

    /**
     * The overall over the given categories only: the mean of their category means, with n, SD and
     * interval from the respondents' overall scores over those categories. The result leaves out
     * suppressed categories (see {@link ResultFigures#shownCategories}), so that a published overall
     * and the published category figures never give a suppressed category mean away.
     */
    Optional<Summary> overall(Set<Category> included) {
        // get-then-put, not computeIfAbsent: computing the overall fills the same map with the
        // category summaries, which HashMap.computeIfAbsent refuses (ConcurrentModificationException).
        OverallKey key = new OverallKey(included.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(included));
        Optional<Summary> overall = summaries.get(key);
        if (overall == null) {
            overall = computeOverall(key.categories());
            summaries.put(key, overall);
        }
        return overall;
    }

    /** How many respondents scored anything at all. */
    int scoringRespondents() {
        return (int) respondents.stream().filter(r -> !Double.isNaN(r.overallOver(ALL))).count();
    }

    private Optional<Summary> computeOverall(Set<Category> included) {
        double sum = 0;
        int count = 0;
        for (Category category : included) {
            Optional<Summary> summary = category(category);
            if (summary.isPresent()) {
                sum += summary.get().mean();
                count++;
            }
        }
        if (count == 0) {
            return Optional.empty();
        }
        double overallMean = sum / count;
        return summarise(r -> r.overallOver(included)).map(s -> s.centredOn(overallMean));
    }

    /** Cache key of an overall: the categories it is built from. */
    private record OverallKey(Set<Category> categories) {
    }

    /** Summary of one score per respondent; {@code NaN} means the respondent gave none. */
    private Optional<Summary> summarise(ToDoubleFunction<Respondent> score) {
        double[] values = new double[respondents.size()];
        int n = 0;
        for (Respondent respondent : respondents) {
            double value = score.applyAsDouble(respondent);
            if (!Double.isNaN(value)) {
                values[n++] = value;
            }
        }
        return n == 0 ? Optional.empty() : Optional.of(Summary.of(Arrays.copyOf(values, n)));
    }

    /** One response reduced to its scores on this template, by position; {@code NaN} = no score. */
    private record Respondent(RespondentRole role, double[] statementScores, double[] categoryScores) {

        /** The mean of this respondent's scores in the given categories; {@code NaN} when none. */
        double overallOver(Set<Category> included) {
            double sum = 0;
            int count = 0;
            for (Category category : included) {
                double score = categoryScores[category.ordinal()];
                if (!Double.isNaN(score)) {
                    sum += score;
                    count++;
                }
            }
            return count == 0 ? Double.NaN : sum / count;
        }

        static Respondent of(ScorecardTemplate template, Map<String, Integer> index, Response response) {
            double[] statementScores = new double[index.size()];
            Arrays.fill(statementScores, Double.NaN);
            response.scores().forEach((key, score) -> {
                Integer i = index.get(key);
                if (i != null && score != null) {
                    statementScores[i] = score;
                }
            });
            double[] categoryScores = new double[CATEGORIES.length];
            Arrays.fill(categoryScores, Double.NaN);
            for (TemplateCategory category : template.categories()) {
                double sum = 0;
                int count = 0;
                for (TemplateStatement statement : category.statements()) {
                    double score = statementScores[index.get(statement.key())];
                    if (!Double.isNaN(score)) {
                        sum += score;
                        count++;
                    }
                }
                if (count > 0) {
                    categoryScores[category.category().ordinal()] = sum / count;
                }
            }
            return new Respondent(response.role(), statementScores, categoryScores);
        }
    }
}
