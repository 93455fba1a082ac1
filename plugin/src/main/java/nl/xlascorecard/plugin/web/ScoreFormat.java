package nl.xlascorecard.plugin.web;

import java.text.NumberFormat;
import java.util.Locale;

/** Scores as people read them: one decimal, with the locale's decimal sign (72,4 in Dutch). */
final class ScoreFormat {

    private ScoreFormat() {
    }

    static String score(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
