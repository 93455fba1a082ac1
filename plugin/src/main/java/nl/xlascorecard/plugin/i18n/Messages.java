package nl.xlascorecard.plugin.i18n;

import java.util.Locale;

/**
 * User-facing text in the current user's language, from the bundle {@code i18n/xla-scorecard}
 * (English) and {@code i18n/xla-scorecard_nl} (Dutch). In Jira backed by SAL's I18nResolver, in the
 * sandbox and tests by {@link BundleMessages}.
 */
public interface Messages {

    /** The text for {@code key} with {@code {0}}, {@code {1}}... filled in; the key itself if unknown. */
    String text(String key, Object... args);

    Locale locale();
}
