package nl.xlascorecard.plugin.jira;

import java.util.Locale;

import com.atlassian.jira.security.JiraAuthenticationContext;

import nl.xlascorecard.plugin.i18n.Messages;

/**
 * {@link Messages} from Jira's translations for the logged-in user, which include the app's own
 * bundle (registered by the {@code i18n} resource in {@code atlassian-plugin.xml}). Jira's
 * I18nHelper is fetched per call, as Jira advises, because it is bound to one user's language.
 *
 * <p>Compiled and unit-tested against the declarations in {@code platform-api} only; not verified
 * in a running Jira.
 */
public final class JiraMessages implements Messages {

    private final JiraAuthenticationContext authentication;

    public JiraMessages(JiraAuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public String text(String key, Object... args) {
        // An Object[] is Jira's way to pass several placeholder values in one parameter.
        return args.length == 0
                ? authentication.getI18nHelper().getText(key)
                : authentication.getI18nHelper().getText(key, args);
    }

    @Override
    public Locale locale() {
        return authentication.getLocale();
    }
}
