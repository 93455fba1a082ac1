package nl.xlascorecard.sandbox.velocity;

import java.util.Locale;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

import nl.xlascorecard.sandbox.web.Html;

/**
 * Jira's automatic HTML escaping of Velocity output: every {@code $reference} is escaped, except a
 * reference whose name ends in {@code Html} (any case: {@code $summaryHtml}, {@code $page.bodyHtml},
 * {@code $page.getBodyHtml()}) and values returned by {@code @HtmlSafe} methods.
 */
public final class JiraHtmlEscaping implements ReferenceInsertionEventHandler {

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null || value instanceof HtmlSafeString) {
            return value == null ? null : value.toString();
        }
        if (nameOf(reference).toLowerCase(Locale.ROOT).endsWith("html")) {
            return value;
        }
        return Html.escape(value.toString());
    }

    /**
     * The last identifier of a reference literal: {@code $!{page.getTitleHtml("x")}} gives
     * {@code getTitleHtml}; arguments and index brackets are skipped, including quoted strings in them.
     */
    static String nameOf(String reference) {
        StringBuilder stripped = new StringBuilder(reference.length());
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (depth > 0 && (c == '"' || c == '\'')) {
                quote = c;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (depth == 0 && c != '$' && c != '!' && c != '{' && c != '}') {
                stripped.append(c);
            }
        }
        String path = stripped.toString();
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
