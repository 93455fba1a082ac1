package nl.xlascorecard.core.scorecard.service;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * <li>overall: the mean of the category means (categories without data skipped), with n, SD and
 *     interval from the respondents' own overall scores (the mean of their category scores) and the
 *     interval centred on that overall mean.</li>
 * </ul>
 * An empty {@link Optional} means nobody gave a score. Each respondent's scores are indexed by
 * position once, and each summary is computed once, because a result asks for the same groups
 * several times (its own figure and each comparison).
 */
final class RoundScores {

    private static final Category[] CATEGORIES = Category.values();

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

    Optional<Summary> overall() {
        // get-then-put, not computeIfAbsent: computing the overall fills the same map with the
        // category summaries, which HashMap.computeIfAbsent refuses (ConcurrentModificationException).
        Optional<Summary> overall = summaries.get(RoundScores.class);
        if (overall == null) {
            overall = computeOverall();
            summaries.put(RoundScores.class, overall);
        }
        return overall;
    }

    private Optional<Summary> computeOverall() {
        double sum = 0;
        int count = 0;
        for (Category category : CATEGORIES) {
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
        return summarise(r -> r.overall).map(s -> s.centredOn(overallMean));
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
    private record Respondent(RespondentRole role, double[] statementScores, double[] categoryScores, double overall) {

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
            double overallSum = 0;
            int scoredCategories = 0;
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
                    overallSum += sum / count;
                    scoredCategories++;
                }
            }
            double overall = scoredCategories == 0 ? Double.NaN : overallSum / scoredCategories;
            return new Respondent(response.role(), statementScores, categoryScores, overall);
        }
    }
}
