package nl.xlascorecard.sandbox.auth;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nl.xlascorecard.plugin.i18n.BundleMessages;
import nl.xlascorecard.plugin.i18n.Messages;

/**
 * {@link Messages} in the language of whoever the current request is for, as Jira's
 * JiraMessages is: one instance serves all users, the language is looked up per call.
 */
public final class SandboxMessages implements Messages {

    private final Map<Locale, BundleMessages> bundles = new ConcurrentHashMap<>();

    public Messages in(Locale locale) {
        return bundles.computeIfAbsent(locale, BundleMessages::new);
    }

    @Override
    public String text(String key, Object... args) {
        return in(locale()).text(key, args);
    }

    @Override
    public Locale locale() {
        return CurrentVisitor.get().locale();
    }
}
