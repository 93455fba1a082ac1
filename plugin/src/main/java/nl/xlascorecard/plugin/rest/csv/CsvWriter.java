package nl.xlascorecard.plugin.rest.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Writes CSV as RFC 4180 describes it (records ended by CRLF, text fields in double quotes with
 * inner quotes doubled), UTF-8 with a byte-order mark so that Excel does not read it as ANSI.
 *
 * <p>Text is what people typed (comments, request keys), so every text field is neutralised
 * against formula injection as OWASP recommends: a field starting with {@code = + - @}, tab or
 * carriage return gets a leading single quote, which makes spreadsheets show it as text instead of
 * running it. Numbers are written by {@link #number} and {@link #integer} from Java numbers, never
 * from user text, so a negative delta stays a number ({@code -3.5}) and is not neutralised.
 *
 * <p>Not thread-safe; one writer per response. Call {@link #endRecord} after every record and
 * {@link #flush} at the end.
 */
public final class CsvWriter {

    /** The byte-order mark that tells Excel the file is UTF-8. */
    public static final char BOM = '\uFEFF';
    /** Decimals kept in numbers: more than any screen shows, without binary noise such as 0.30000000000000004. */
    static final int DECIMALS = 6;

    private final Writer out;
    private final CsvFormat format;
    private boolean firstField = true;

    private CsvWriter(Writer out, CsvFormat format) {
        this.out = out;
        this.format = Objects.requireNonNull(format, "format");
    }

    /** A writer on {@code stream} that has already written the byte-order mark. */
    public static CsvWriter open(OutputStream stream, CsvFormat format) {
        CsvWriter writer = new CsvWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), format);
        writer.raw(String.valueOf(BOM));
        return writer;
    }

    /** A writer into {@code out} without byte-order mark (for tests of single fields and records). */
    static CsvWriter to(Writer out, CsvFormat format) {
        return new CsvWriter(out, format);
    }

    /** One record of text fields, e.g. the header. */
    public CsvWriter header(String... names) {
        for (String name : names) {
            text(name);
        }
        return endRecord();
    }

    /** A text field, quoted and neutralised; {@code null} is an empty field. */
    public CsvWriter text(String value) {
        if (value == null) {
            return empty();
        }
        separate();
        raw("\"" + neutralised(value).replace("\"", "\"\"") + "\"");
        return this;
    }

    /** A whole number, or an empty field for {@code null}. */
    public CsvWriter integer(Number value) {
        if (value == null) {
            return empty();
        }
        separate();
        raw(String.valueOf(value.longValue()));
        return this;
    }

    /**
     * A decimal number with at most {@value #DECIMALS} decimals (half-up, trailing zeros dropped, never
     * an exponent) and the format's decimal mark; an empty field for {@code null} or a value that is
     * not finite.
     */
    public CsvWriter number(Double value) {
        if (value == null || !Double.isFinite(value)) {
            return empty();
        }
        separate();
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.signum() == 0) {
            rounded = BigDecimal.ZERO;
        }
        raw(rounded.toPlainString().replace('.', format.decimalMark()));
        return this;
    }

    /** {@code true}/{@code false}, or an empty field for {@code null}. */
    public CsvWriter bool(Boolean value) {
        if (value == null) {
            return empty();
        }
        separate();
        raw(value.toString());
        return this;
    }

    public CsvWriter empty() {
        separate();
        return this;
    }

    public CsvWriter endRecord() {
        raw("\r\n");
        firstField = true;
        return this;
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text a spreadsheet will not evaluate: OWASP's CSV-injection rule, a single quote before a
     * leading {@code = + - @}, tab or carriage return.
     */
    static String neutralised(String value) {
        if (value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }

    private void separate() {
        if (!firstField) {
            raw(String.valueOf(format.separator()));
        }
        firstField = false;
    }

    private void raw(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
