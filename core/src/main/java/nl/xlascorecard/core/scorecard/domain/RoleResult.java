package nl.xlascorecard.core.scorecard.domain;

import java.util.Map;
import java.util.Objects;

/**
 * The round broken down for one respondent role: overall, per category, and the relationship
 * question ({@code nps}, suppressed below the anonymity floor like the other figures).
 */
public record RoleResult(RespondentRole role, Stat overall, Map<Category, Stat> categories, NpsStat nps) {

    public RoleResult {
        categories = Map.copyOf(categories);
        Objects.requireNonNull(nps, "nps");
    }

    /** A role without answers to the relationship question. */
    public RoleResult(RespondentRole role, Stat overall, Map<Category, Stat> categories) {
        this(role, overall, categories, NpsStat.empty());
    }
}
