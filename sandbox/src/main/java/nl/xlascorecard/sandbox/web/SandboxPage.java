package nl.xlascorecard.sandbox.web;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The frame of the sandbox's own pages (request view, rating page, outbox): written like a plugin
 * page that asks Jira's decorator for {@code atl.general}, so the page decorator adds AUI, the
 * header and the banner exactly as it does for the plugin's pages. Also the formats those pages share.
 */
public final class SandboxPage {

    /** The demo service desk works in Dutch time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private SandboxPage() {
    }

    /** Writes a page with {@code titleText} (escaped here) and {@code bodyHtml} (already escaped). */
    public static void write(HttpServletResponse response, int status, String titleText, String bodyClass, String bodyHtml)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\">"
                + "<meta name=\"decorator\" content=\"atl.general\"><title>" + Html.escape(titleText) + "</title></head>\n"
                + "<body class=\"" + Html.escape(bodyClass) + "\">\n<main id=\"main\" class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\">"
                + "<section class=\"aui-page-panel-content\">\n" + bodyHtml + "\n</section></div></main>\n</body></html>\n");
    }

    /** A page with only a message: not allowed, not found. */
    public static void message(HttpServletResponse response, int status, SandboxText text, String messageKey) throws IOException {
        write(response, status, text.get(messageKey), "sandbox-message-page",
                "<div id=\"page-message\" class=\"aui-message aui-message-error\" role=\"alert\"><p>" + text.html(messageKey)
                        + "</p></div>");
    }

    /** Date and time in the visitor's language, Dutch time. */
    public static String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).withZone(ZONE)
                .format(instant);
    }

    /** A duration as JSM's SLA panel writes it: {@code 3h 20m}, {@code 45m}, negative with a minus sign. */
    public static String duration(Duration duration) {
        long minutes = Math.abs(duration.toMinutes());
        String sign = duration.isNegative() ? "-" : "";
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours == 0) {
            return sign + rest + "m";
        }
        return sign + hours + "h" + (rest == 0 ? "" : " " + rest + "m");
    }
}
