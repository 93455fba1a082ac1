package com.atlassian.jira.util;

import java.util.Locale;

import com.atlassian.jira.user.ApplicationUser;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). Jira's translations for one locale,
 * including the bundles that plugins register with a {@code <resource type="i18n">} module.
 * Jira formats every text with {@link java.text.MessageFormat}.
 * Source: https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/util/I18nHelper.html
 */
public interface I18nHelper {

    /** The text of {@code key}, or the key itself when there is none. */
    String getText(String key);

    /**
     * The text of {@code key} with its placeholders filled in; {@code parameters} may be a single
     * value, an {@code Object[]} or a list. The key itself when there is no text.
     */
    String getText(String key, Object parameters);

    Locale getLocale();

    /**
     * Jira's factory of translations (a component apps can import): a user's translations follow
     * the language that user chose in their profile, else the instance's default.
     * Source: https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/util/I18nHelper.BeanFactory.html
     */
    interface BeanFactory {

        I18nHelper getInstance(Locale locale);

        I18nHelper getInstance(ApplicationUser user);
    }
}
