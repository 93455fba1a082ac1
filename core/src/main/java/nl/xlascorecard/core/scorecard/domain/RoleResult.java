package nl.xlascorecard.core.scorecard.domain;

import java.util.Map;

/** The round broken down for one respondent role: overall and per category. */
public record RoleResult(RespondentRole role, Stat overall, Map<Category, Stat> categories) {

    public RoleResult {
        categories = Map.copyOf(categories);
    }
}
