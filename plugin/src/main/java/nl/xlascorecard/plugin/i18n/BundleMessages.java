package nl.xlascorecard.plugin.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** {@link Messages} from the app's own properties bundle, for one locale. */
public final class BundleMessages implements Messages {

    public static final String BUNDLE = "i18n/xla-scorecard";

    private final Locale locale;
    private final ResourceBundle bundle;

    public BundleMessages(Locale locale) {
        this.locale = locale;
        // Never fall back to the JVM's default locale: English is the base bundle.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, BundleMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Override
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    @Override
    public Locale locale() {
        return locale;
    }
}
