package nl.xlascorecard.sandbox.webresource;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.xlascorecard.plugin.i18n.Messages;

/**
 * Jira's {@code jsI18n} web-resource transformer: {@code AJS.I18n.getText('key')} with a literal key
 * becomes the text in the user's language as a JavaScript string, and
 * {@code AJS.I18n.getText('key', a, b)} becomes {@code AJS.format("text", a, b)}. Calls with a
 * computed key are left alone (Jira cannot translate them either). Unknown keys become the key.
 */
public final class JsI18nTransformer {

    private static final Pattern CALL = Pattern.compile(
            "AJS\\.I18n\\.getText\\(\\s*(?:'([^'\\\\\\r\\n]+)'|\"([^\"\\\\\\r\\n]+)\")\\s*([,)])");

    private JsI18nTransformer() {
    }

    public static String transform(String javascript, Messages messages) {
        Matcher matcher = CALL.matcher(javascript);
        StringBuilder out = new StringBuilder(javascript.length() + 256);
        while (matcher.find()) {
            String key = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            String text = quote(messages.text(key));
            String replacement = ")".equals(matcher.group(3)) ? text : "AJS.format(" + text + ",";
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** A JavaScript string literal that is also safe inside an HTML script element. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
