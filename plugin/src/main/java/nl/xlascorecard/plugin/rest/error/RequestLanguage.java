package nl.xlascorecard.plugin.rest.error;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Picks the language of error texts from the request's {@code Accept-Language}: the first language
 * the app speaks (Dutch or English), else English. Jira's front end and browsers send the user's
 * language there, and it needs no session, so REST clients can ask for either language too.
 */
public final class RequestLanguage {

    private static final Set<String> SUPPORTED = Set.of("en", "nl");

    private RequestLanguage() {
    }

    /** @param acceptable languages in the client's order of preference (JAX-RS sorts by quality) */
    public static Locale of(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            if (SUPPORTED.contains(locale.getLanguage())) {
                return Locale.forLanguageTag(locale.getLanguage());
            }
        }
        return Locale.ENGLISH;
    }
}
