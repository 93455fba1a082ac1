package nl.xlascorecard.plugin.web.panel;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import nl.xlascorecard.plugin.i18n.Messages;

/**
 * Times as the panel shows them: a countdown like JSM's SLA timers ("3h 20m", "2d 4h"; business
 * time, so a day is a day of opening hours as the core counts it) and instants in the user's
 * language. The queue page's script formats with the same i18n keys.
 */
final class TimeText {

    private final Messages messages;
    private final ZoneId zone;

    TimeText(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    /** The absolute length of {@code duration}, rounded down to the minute. */
    String length(Duration duration) {
        long minutes = Math.abs(duration.toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes % (24 * 60) / 60;
        long rest = minutes % 60;
        if (days > 0) {
            return messages.text("xla.web.duration.days", days, hours);
        }
        if (hours > 0) {
            return messages.text("xla.web.duration.hours", hours, rest);
        }
        return messages.text("xla.web.duration.minutes", rest);
    }

    /** "3h 20m left" or "overdue by 1h 5m": overdue is said in words, not only in colour. */
    String timeLeft(Duration timeLeft, boolean overdue) {
        return overdue ? messages.text("xla.web.followup.overdue", length(timeLeft))
                : messages.text("xla.web.followup.timeleft", length(timeLeft));
    }

    String instant(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(zone).format(instant);
    }
}
