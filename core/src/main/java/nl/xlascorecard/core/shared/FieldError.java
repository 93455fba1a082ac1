package nl.xlascorecard.core.shared;

import java.util.List;

/**
 * One rejected input field. {@code messageKey} is an i18n key of the app (bundle
 * {@code i18n/xla-scorecard}); {@code args} fill its {0}, {1}... placeholders. The core never
 * produces user-facing text itself, so the host can answer in the user's language.
 *
 * @param field dotted path of the field as the client sent it, e.g. {@code scores.REL_1}
 */
public record FieldError(String field, String messageKey, List<String> args) {

    public FieldError {
        args = List.copyOf(args);
    }

    public FieldError(String field, String messageKey, String... args) {
        this(field, messageKey, List.of(args));
    }
}
