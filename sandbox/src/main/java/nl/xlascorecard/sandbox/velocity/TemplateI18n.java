package nl.xlascorecard.sandbox.velocity;

import java.io.Serializable;

import nl.xlascorecard.plugin.i18n.BundleMessages;

/**
 * {@code $i18n} in templates, as SAL's I18nResolver is in Jira: texts of the plugin's bundle in the
 * current user's language. The text is HTML-escaped on output like any reference.
 */
public final class TemplateI18n {

    private final BundleMessages messages;

    public TemplateI18n(BundleMessages messages) {
        this.messages = messages;
    }

    public String getText(String key) {
        return messages.text(key);
    }

    public String getText(String key, Serializable... arguments) {
        return messages.text(key, (Object[]) arguments);
    }
}
