package nl.xlascorecard.plugin.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/** The language a page is shown in: Dutch for Dutch-speaking users, English for everybody else. */
final class PageLocale {

    static final Locale DUTCH = Locale.of("nl");

    private PageLocale() {
    }

    /**
     * The request's locale reduced to one the bundles have. Inside Jira the request locale is the
     * user's profile language (Jira's locale filter sets it); in the sandbox it is the browser's.
     */
    static Locale of(HttpServletRequest request) {
        Locale requested = request.getLocale();
        return requested != null && "nl".equals(requested.getLanguage()) ? DUTCH : Locale.ENGLISH;
    }
}
