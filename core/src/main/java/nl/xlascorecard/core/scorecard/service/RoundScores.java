package nl.xlascorecard.core.scorecard.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import nl.xlascorecard.core.scorecard.domain.Category;
import nl.xlascorecard.core.scorecard.domain.RespondentRole;
import nl.xlascorecard.core.scorecard.domain.Response;
import nl.xlascorecard.core.scorecard.domain.ScorecardTemplate;
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
 * An empty {@link Optional} means nobody gave a score.
 */
final class RoundScores {

    private final ScorecardTemplate template;
    private final List<Respondent> respondents;

    private RoundScores(ScorecardTemplate template, List<Respondent> respondents) {
        this.template = template;
        this.respondents = respondents;
    }

    static RoundScores of(ScorecardTemplate template, List<Response> responses) {
        return new RoundScores(template, responses.stream().map(r -> Respondent.of(template, r)).toList());
    }

    RoundScores forRole(RespondentRole role) {
        return new RoundScores(template, respondents.stream().filter(r -> r.role == role).toList());
    }

    Optional<Summary> statement(String key) {
        return summarise(r -> {
            Integer score = r.statementScores.get(key);
            return score == null ? null : score.doubleValue();
        });
    }

    Optional<Summary> category(Category category) {
        return summarise(r -> r.categoryScores.get(category));
    }

    Optional<Summary> overall() {
        List<Double> categoryMeans = new ArrayList<>();
        for (Category category : Category.values()) {
            category(category).ifPresent(s -> categoryMeans.add(s.mean()));
        }
        if (categoryMeans.isEmpty()) {
            return Optional.empty();
        }
        double overallMean = categoryMeans.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        return summarise(r -> r.overall).map(s -> s.centredOn(overallMean));
    }

    private Optional<Summary> summarise(Function<Respondent, Double> score) {
        List<Double> values = new ArrayList<>(respondents.size());
        for (Respondent respondent : respondents) {
            Double value = score.apply(respondent);
            if (value != null) {
                values.add(value);
            }
        }
        return values.isEmpty() ? Optional.empty() : Optional.of(Summary.of(values));
    }

    /** One response reduced to its scores on this template. */
    private record Respondent(RespondentRole role, Map<String, Integer> statementScores,
                              Map<Category, Double> categoryScores, Double overall) {

        static Respondent of(ScorecardTemplate template, Response response) {
            Map<Category, Double> categoryScores = new EnumMap<>(Category.class);
            for (var category : template.categories()) {
                double sum = 0;
                int count = 0;
                for (var statement : category.statements()) {
                    Integer score = response.scores().get(statement.key());
                    if (score != null) {
                        sum += score;
                        count++;
                    }
                }
                if (count > 0) {
                    categoryScores.put(category.category(), sum / count);
                }
            }
            Double overall = categoryScores.isEmpty() ? null
                    : categoryScores.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            return new Respondent(response.role(), response.scores(), categoryScores, overall);
        }
    }
}
