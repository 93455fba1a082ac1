package nl.xlascorecard.plugin.rest.csv;

import nl.xlascorecard.core.shared.FieldErrors;
import nl.xlascorecard.core.shared.ValidationException;

/**
 * The two dialects of the CSV exports, chosen with {@code ?separator=}: {@code comma} (the default,
 * RFC 4180 with a decimal point, for machines and English-locale spreadsheets) and
 * {@code semicolon} (a semicolon between fields and a decimal comma, which is what Excel expects
 * in Dutch and other decimal-comma locales). The separator and the decimal mark go together: a
 * semicolon file with decimal points would have Dutch Excel read {@code 72.5} as seven hundred and
 * twenty-five. See docs/decisions-export.md.
 */
public enum CsvFormat {

    COMMA(',', '.'),
    SEMICOLON(';', ',');

    public static final String PARAMETER = "separator";

    private final char separator;
    private final char decimalMark;

    CsvFormat(char separator, char decimalMark) {
        this.separator = separator;
        this.decimalMark = decimalMark;
    }

    public char separator() {
        return separator;
    }

    public char decimalMark() {
        return decimalMark;
    }

    /** The {@code separator} query parameter: absent or empty is {@link #COMMA}; anything unknown a 400. */
    public static CsvFormat of(String parameter) {
        if (parameter == null || parameter.isEmpty()) {
            return COMMA;
        }
        return switch (parameter) {
            case "comma" -> COMMA;
            case "semicolon" -> SEMICOLON;
            default -> throw ValidationException.of(PARAMETER, FieldErrors.INVALID_CHOICE, "comma, semicolon");
        };
    }
}
