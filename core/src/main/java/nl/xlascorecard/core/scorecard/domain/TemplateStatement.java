package nl.xlascorecard.core.scorecard.domain;

import java.util.Objects;

/**
 * One statement respondents score 1..100. {@code key} is stable across template versions (e.g.
 * {@code REL_1}) so results of rounds on different versions stay comparable per statement.
 */
public record TemplateStatement(String key, LocalizedText text) {

    public TemplateStatement {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
    }
}
