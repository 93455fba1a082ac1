package nl.xlascorecard.sandbox.rest.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A small, strict RFC 4180 reader for the tests: fields separated by {@code separator}, records by
 * CRLF, a quoted field may hold separators, CR, LF and doubled quotes. Anything RFC 4180 does not
 * allow (a quote inside an unquoted field, text after a closing quote, a bare LF between records,
 * a missing final CRLF) fails, so the tests also prove the export is well-formed.
 */
final class Rfc4180 {

    private Rfc4180() {
    }

    static List<List<String>> parse(String text, char separator) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw new IllegalArgumentException("unterminated quoted field at " + i);
                    }
                    char c = text.charAt(i++);
                    if (c == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
            } else {
                while (i < text.length() && text.charAt(i) != separator && text.charAt(i) != '\r') {
                    char c = text.charAt(i++);
                    if (c == '"' || c == '\n') {
                        throw new IllegalArgumentException("'" + c + "' in an unquoted field at " + (i - 1));
                    }
                    field.append(c);
                }
            }
            record.add(field.toString());
            field.setLength(0);
            if (i >= text.length()) {
                throw new IllegalArgumentException("the last record does not end with CRLF");
            }
            char next = text.charAt(i);
            if (next == separator) {
                i++;
            } else if (next == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i += 2;
                records.add(List.copyOf(record));
                record.clear();
            } else {
                throw new IllegalArgumentException("unexpected '" + next + "' after a field at " + i);
            }
        }
        return records;
    }
}
