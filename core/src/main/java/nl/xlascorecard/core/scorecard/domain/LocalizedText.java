package nl.xlascorecard.core.scorecard.domain;

import java.util.Objects;

import nl.xlascorecard.core.organisation.domain.Language;

/** A text in English and Dutch: every template text exists in both (spec: NL+EN). */
public record LocalizedText(String en, String nl) {

    public LocalizedText {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(nl, "nl");
    }

    public String in(Language language) {
        return language == Language.NL ? nl : en;
    }
}
