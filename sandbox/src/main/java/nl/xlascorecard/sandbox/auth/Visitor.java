package nl.xlascorecard.sandbox.auth;

import java.util.Locale;
import java.util.Optional;

/**
 * Who is making the current HTTP request and in which language they read: a logged-in demo user or
 * an anonymous visitor (e.g. a survey respondent).
 */
public record Visitor(Optional<DemoUser> user, Locale locale) {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale DUTCH = Locale.forLanguageTag("nl");

    public static Visitor anonymous(Locale locale) {
        return new Visitor(Optional.empty(), locale);
    }

    public boolean isDutch() {
        return "nl".equals(locale.getLanguage());
    }
}
