package nl.xlascorecard.core.scorecard.domain;

import nl.xlascorecard.core.organisation.domain.Language;

/**
 * A text in English and Dutch: every template text exists in both (spec: NL+EN). A missing
 * language is held as an empty text, which {@code TemplateRules} reports as a field error (HTTP 400)
 * instead of failing while the request is parsed.
 */
public record LocalizedText(String en, String nl) {

    public LocalizedText {
        en = en == null ? "" : en;
        nl = nl == null ? "" : nl;
    }

    public String in(Language language) {
        return language == Language.NL ? nl : en;
    }
}
