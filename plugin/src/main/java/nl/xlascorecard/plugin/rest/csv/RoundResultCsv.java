package nl.xlascorecard.plugin.rest.csv;

import java.util.Map;

import nl.xlascorecard.core.scorecard.domain.Category;
import nl.xlascorecard.core.scorecard.domain.CategoryResult;
import nl.xlascorecard.core.scorecard.domain.Delta;
import nl.xlascorecard.core.scorecard.domain.RoleResult;
import nl.xlascorecard.core.scorecard.domain.RoundResult;
import nl.xlascorecard.core.scorecard.domain.Stat;
import nl.xlascorecard.core.scorecard.domain.StatementResult;

/**
 * A round result as one CSV table: one record per figure group the result holds (overall, each
 * category followed by its statements, then each role overall and per category), with the same
 * figures as the JSON result, unrounded but for {@link CsvWriter#number}. A suppressed group has
 * {@code suppressed=true}, its n, and empty figures. Column names are stable English identifiers
 * (docs/decisions-export.md).
 */
public final class RoundResultCsv {

    static final String[] HEADER = {"round_id", "scope", "role", "category", "statement", "n", "suppressed", "mean",
            "sd", "ci95_low", "ci95_high", "delta_vs_previous", "significant_vs_previous", "delta_vs_baseline",
            "significant_vs_baseline", "attention"};

    private RoundResultCsv() {
    }

    public static void write(RoundResult result, CsvWriter csv) {
        long round = result.round().id();
        csv.header(HEADER);
        row(csv, round, "OVERALL", null, null, null, result.overall(), result.overallVsPrevious(),
                result.overallVsBaseline(), null);
        for (CategoryResult category : result.categories()) {
            String name = category.category().name();
            row(csv, round, "CATEGORY", null, name, null, category.stat(), category.vsPrevious(), category.vsBaseline(),
                    category.attention());
            for (StatementResult statement : category.statements()) {
                row(csv, round, "STATEMENT", null, name, statement.statementKey(), statement.stat(),
                        statement.vsPrevious(), statement.vsBaseline(), null);
            }
        }
        for (RoleResult role : result.roles()) {
            String name = role.role().name();
            row(csv, round, "ROLE", name, null, null, role.overall(), null, null, null);
            // in category order, as the JSON result lists them
            role.categories().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(entry -> roleCategory(csv, round, name, entry.getKey(), entry.getValue()));
        }
        csv.flush();
    }

    private static void roleCategory(CsvWriter csv, long round, String role, Category category, Stat stat) {
        row(csv, round, "ROLE_CATEGORY", role, category.name(), null, stat, null, null, null);
    }

    private static void row(CsvWriter csv, long round, String scope, String role, String category, String statement,
                            Stat stat, Delta vsPrevious, Delta vsBaseline, Boolean attention) {
        csv.integer(round).text(scope).text(role).text(category).text(statement);
        if (stat == null) {
            csv.empty().bool(false).empty().empty().empty().empty();
        } else {
            csv.integer(stat.n()).bool(stat.suppressed()).number(stat.mean()).number(stat.sd()).number(stat.ciLow())
                    .number(stat.ciHigh());
        }
        delta(csv, vsPrevious);
        delta(csv, vsBaseline);
        csv.bool(attention).endRecord();
    }

    private static void delta(CsvWriter csv, Delta delta) {
        if (delta == null) {
            csv.empty().empty();
        } else {
            csv.number(delta.delta()).bool(delta.significant());
        }
    }
}
