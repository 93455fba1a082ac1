package nl.xlascorecard.sandbox.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts of the sandbox's own pages (log-in page, header, banner, errors) from the bundle
 * {@code i18n/sandbox}, in English or Dutch. The plugin's own texts are in its own bundle.
 */
public final class SandboxText {

    private static final String BUNDLE = "i18n/sandbox";

    private final ResourceBundle bundle;
    private final Locale locale;

    public SandboxText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, SandboxText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** Escaped for HTML. */
    public String html(String key, Object... args) {
        return Html.escape(get(key, args));
    }
}
