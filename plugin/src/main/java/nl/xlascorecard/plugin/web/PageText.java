package nl.xlascorecard.plugin.web;

import nl.xlascorecard.plugin.i18n.Messages;

/**
 * The app's texts for a Velocity template, in the page's language: {@code $text.get('xla.web.x')}.
 * A small wrapper rather than {@link Messages} itself so the template allowlist names two plain
 * methods instead of a varargs one. The result is escaped by the renderer like any reference.
 */
public final class PageText {

    private final Messages messages;

    public PageText(Messages messages) {
        this.messages = messages;
    }

    public String get(String key) {
        return messages.text(key);
    }

    /** The text for {@code key} with {@code {0}} replaced by {@code arg}. */
    public String format(String key, String arg) {
        return messages.text(key, arg);
    }
}
