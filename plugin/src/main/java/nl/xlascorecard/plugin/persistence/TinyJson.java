package nl.xlascorecard.plugin.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The small part of JSON the stored text columns need: objects (kept in insertion order), arrays,
 * strings, whole numbers, booleans and null. Written by hand so that the app bundles no JSON
 * library for its storage format (Jira provides Jackson only to REST, and Jira 12 will stop
 * exporting third-party libraries). Parsing is strict: anything else is an
 * {@link IllegalArgumentException}, since a stored value that does not parse is a bug, not input.
 */
public final class TinyJson {

    private TinyJson() {
    }

    /**
     * Writes a value made of {@link Map} (String keys), {@link List}, {@link String}, {@link Integer},
     * {@link Long}, {@link Boolean} and {@code null}.
     */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    /** Reads a value: objects become {@code Map<String, Object>}, numbers {@link Long}. */
    public static Object read(String json) {
        Parser parser = new Parser(json);
        Object value = parser.value();
        parser.skipWhitespace();
        if (!parser.atEnd()) {
            throw parser.error("trailing characters");
        }
        return value;
    }

    private static void write(Object value, StringBuilder out) {
        switch (value) {
            case null -> out.append("null");
            case String s -> writeString(s, out);
            case Integer i -> out.append(i.intValue());
            case Long l -> out.append(l.longValue());
            case Boolean b -> out.append(b.booleanValue());
            case Map<?, ?> map -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (!(entry.getKey() instanceof String key)) {
                        throw new IllegalArgumentException("JSON object keys must be strings: " + entry.getKey());
                    }
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    writeString(key, out);
                    out.append(':');
                    write(entry.getValue(), out);
                }
                out.append('}');
            }
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(list.get(i), out);
                }
                out.append(']');
            }
            default -> throw new IllegalArgumentException("not writable as JSON: " + value.getClass().getName());
        }
    }

    private static void writeString(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static final class Parser {

        private final String text;
        private int pos;

        Parser(String text) {
            if (text == null) {
                throw new IllegalArgumentException("no JSON text");
            }
            this.text = text;
        }

        boolean atEnd() {
            return pos >= text.length();
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException("Invalid JSON at " + pos + ": " + what);
        }

        void skipWhitespace() {
            while (!atEnd() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
        }

        Object value() {
            skipWhitespace();
            if (atEnd()) {
                throw error("value expected");
            }
            char c = text.charAt(pos);
            return switch (c) {
                case '{' -> object();
                case '[' -> array();
                case '"' -> string();
                case 't' -> literal("true", Boolean.TRUE);
                case 'f' -> literal("false", Boolean.FALSE);
                case 'n' -> literal("null", null);
                default -> {
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        yield number();
                    }
                    throw error("unexpected '" + c + "'");
                }
            };
        }

        private Map<String, Object> object() {
            pos++;
            Map<String, Object> map = new LinkedHashMap<>();
            skipWhitespace();
            if (peek('}')) {
                pos++;
                return map;
            }
            while (true) {
                skipWhitespace();
                if (!peek('"')) {
                    throw error("object key expected");
                }
                String key = string();
                skipWhitespace();
                expect(':');
                if (map.containsKey(key)) {
                    throw error("duplicate key " + key);
                }
                map.put(key, value());
                skipWhitespace();
                if (peek(',')) {
                    pos++;
                } else {
                    expect('}');
                    return map;
                }
            }
        }

        private List<Object> array() {
            pos++;
            List<Object> list = new ArrayList<>();
            skipWhitespace();
            if (peek(']')) {
                pos++;
                return list;
            }
            while (true) {
                list.add(value());
                skipWhitespace();
                if (peek(',')) {
                    pos++;
                } else {
                    expect(']');
                    return list;
                }
            }
        }

        private String string() {
            pos++;
            StringBuilder out = new StringBuilder();
            while (true) {
                if (atEnd()) {
                    throw error("unterminated string");
                }
                char c = text.charAt(pos++);
                if (c == '"') {
                    return out.toString();
                }
                if (c < 0x20) {
                    throw error("control character in string");
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                if (atEnd()) {
                    throw error("unterminated escape");
                }
                char e = text.charAt(pos++);
                switch (e) {
                    case '"', '\\', '/' -> out.append(e);
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        if (pos + 4 > text.length()) {
                            throw error("short \\u escape");
                        }
                        try {
                            out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw error("bad \\u escape");
                        }
                        pos += 4;
                    }
                    default -> throw error("unknown escape \\" + e);
                }
            }
        }

        /* Whole numbers only: nothing the app stores has a fraction. */
        private Long number() {
            int start = pos;
            if (peek('-')) {
                pos++;
            }
            while (!atEnd() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            String digits = text.substring(start, pos);
            if (digits.isEmpty() || digits.equals("-") || (!atEnd() && ".eE".indexOf(text.charAt(pos)) >= 0)) {
                throw error("whole number expected");
            }
            try {
                return Long.parseLong(digits);
            } catch (NumberFormatException e) {
                throw error("number out of range");
            }
        }

        private Object literal(String word, Object value) {
            if (!text.startsWith(word, pos)) {
                throw error(word + " expected");
            }
            pos += word.length();
            return value;
        }

        private boolean peek(char c) {
            return !atEnd() && text.charAt(pos) == c;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw error("'" + c + "' expected");
            }
            pos++;
        }
    }
}
