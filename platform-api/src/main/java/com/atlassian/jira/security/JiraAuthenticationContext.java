package com.atlassian.jira.security;

import java.util.Locale;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). The user of the current request
 * (thread) and their language.
 * Source: https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/security/JiraAuthenticationContext.html
 */
public interface JiraAuthenticationContext {

    /** The logged-in user, {@code null} when the request is anonymous. */
    ApplicationUser getLoggedInUser();

    /** Translations in the logged-in user's language (Jira's default language when anonymous). */
    I18nHelper getI18nHelper();

    Locale getLocale();
}
