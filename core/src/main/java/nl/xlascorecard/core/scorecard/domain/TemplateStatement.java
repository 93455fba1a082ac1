package nl.xlascorecard.core.scorecard.domain;

/**
 * One statement respondents score 1..100. {@code key} is stable across template versions (e.g.
 * {@code REL_1}) so results of rounds on different versions stay comparable per statement.
 * Parts may be missing while an edited template is being validated ({@code TemplateRules} names
 * them); stored templates are always complete.
 */
public record TemplateStatement(String key, LocalizedText text) {

    public TemplateStatement {
        text = text == null ? new LocalizedText("", "") : text;
    }
}
