package nl.xlascorecard.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The two bundles ({@code i18n/xla-scorecard.properties}, English, and {@code _nl}, Dutch) and the
 * keys the code uses. Source files are scanned relative to the module's base directory (Maven runs
 * tests there); the patterns are deliberately simple:
 * <ul>
 *   <li>JavaScript ({@code src/main/resources/web/**}{@code /*.js}): the literal key of
 *       {@code AJS.I18n.getText('key')} or {@code AJS.I18n.getText("key")}; Jira's jsI18n
 *       transformer only understands literal keys there.</li>
 *   <li>Velocity ({@code src/main/resources/templates/**}{@code /*.vm}) and Java
 *       ({@code core/src/main/java}, {@code plugin/src/main/java}): every string literal
 *       {@code "xla.…"} that does not end in a dot (a literal ending in a dot is a prefix to which
 *       code appends the rest, e.g. an enum name).</li>
 * </ul>
 * Comments are left out first ({@code /* *}{@code /}, whole-line {@code //}, Velocity's {@code ##} and
 * {@code #* *#}), so documentation may show example keys.
 * Jira formats every text with {@link java.text.MessageFormat}, where a single {@code '} starts a
 * quoted section and disappears; the sandbox formats only texts with arguments. So that both show
 * the same, values contain no ASCII apostrophe: write the typographic one, U+2019 (written backslash-u2019 in the bundle).
 */
class I18nBundleTest {

    private static final Path MODULE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    private static final Path ENGLISH = MODULE.resolve("src/main/resources/i18n/xla-scorecard.properties");
    private static final Path DUTCH = MODULE.resolve("src/main/resources/i18n/xla-scorecard_nl.properties");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern JS_KEY = Pattern.compile("AJS\\.I18n\\.getText\\(\\s*['\"]([^'\"]+)['\"]");
    // i18n keys are xla.<area>.<item>: at least two dots. A one-dot "xla.x" literal is something
    // else (e.g. a web-panel context-map key such as "xla.requestKey").
    private static final Pattern XLA_LITERAL = Pattern.compile("[\"'](xla\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_.-]*[A-Za-z0-9_-])[\"']");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/|#\\*.*?\\*#", Pattern.DOTALL);
    private static final Pattern LINE_COMMENT = Pattern.compile("(?m)^\\s*//.*$|##.*$");
    private static final Pattern KEY_LINE = Pattern.compile("^\\s*([^#!\\s][^=:\\s]*)\\s*[=:\\s]");

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() {
        Set<String> english = bundle(ENGLISH).stringPropertyNames();
        Set<String> dutch = bundle(DUTCH).stringPropertyNames();

        assertThat(difference(english, dutch)).as("keys only in English").isEmpty();
        assertThat(difference(dutch, english)).as("keys only in Dutch").isEmpty();
    }

    @Test
    void noKeyIsDefinedTwice() {
        for (Path file : List.of(ENGLISH, DUTCH)) {
            assertThat(duplicateKeys(file)).as("keys defined twice in %s", file.getFileName()).isEmpty();
        }
    }

    @Test
    void noValueIsEmpty() {
        for (Path file : List.of(ENGLISH, DUTCH)) {
            Properties bundle = bundle(file);
            Set<String> empty = new TreeSet<>();
            for (String key : bundle.stringPropertyNames()) {
                if (bundle.getProperty(key).isBlank()) {
                    empty.add(key);
                }
            }
            assertThat(empty).as("empty values in %s", file.getFileName()).isEmpty();
        }
    }

    @Test
    void placeholdersMatchBetweenTheLanguages() {
        Properties english = bundle(ENGLISH);
        Properties dutch = bundle(DUTCH);
        Map<String, String> mismatches = new TreeMap<>();
        for (String key : english.stringPropertyNames()) {
            if (dutch.containsKey(key)
                    && !placeholders(english.getProperty(key)).equals(placeholders(dutch.getProperty(key)))) {
                mismatches.put(key, english.getProperty(key) + "  <->  " + dutch.getProperty(key));
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void bundlesAreAsciiOnlyWithEscapedCharacters() throws IOException {
        // Jira reads bundles as ISO-8859-1; backslash-u escapes survive any encoding.
        for (Path file : List.of(ENGLISH, DUTCH)) {
            byte[] bytes = Files.readAllBytes(file);
            List<Integer> lines = new ArrayList<>();
            int line = 1;
            for (byte b : bytes) {
                if (b == '\n') {
                    line++;
                } else if ((b & 0x80) != 0 && !lines.contains(line)) {
                    lines.add(line);
                }
            }
            assertThat(lines).as("lines with non-ASCII bytes in %s (write \\uXXXX)", file.getFileName()).isEmpty();
        }
    }

    @Test
    void valuesHaveNoAsciiApostrophe() {
        for (Path file : List.of(ENGLISH, DUTCH)) {
            Properties bundle = bundle(file);
            Set<String> keys = new TreeSet<>();
            for (String key : bundle.stringPropertyNames()) {
                if (bundle.getProperty(key).contains("'")) {
                    keys.add(key);
                }
            }
            assertThat(keys).as("values with ' in %s: MessageFormat would swallow it, write \\u2019", file.getFileName()).isEmpty();
        }
    }

    @Test
    void everyKeyTheJavaScriptUsesExists() {
        assertThat(missing(keysIn(MODULE.resolve("src/main/resources/web"), ".js", JS_KEY))).isEmpty();
    }

    @Test
    void everyKeyTheTemplatesUseExists() {
        assertThat(missing(keysIn(MODULE.resolve("src/main/resources/templates"), ".vm", XLA_LITERAL))).isEmpty();
    }

    @Test
    void everyKeyTheJavaCodeUsesExists() {
        Map<String, Set<String>> used = keysIn(MODULE.resolve("src/main/java"), ".java", XLA_LITERAL);
        keysIn(MODULE.resolve("../core/src/main/java").normalize(), ".java", XLA_LITERAL)
                .forEach((key, files) -> used.computeIfAbsent(key, k -> new TreeSet<>()).addAll(files));

        assertThat(missing(used)).isEmpty();
    }

    @Test
    void theScanFindsKeysAndSkipsPrefixes() {
        String source = """
                throw new ValidationException(List.of(new FieldError("limit", "xla.error.page.limit")));
                String key = "xla.role." + role.name();
                AJS.I18n.getText('xla.web.save') + AJS.I18n.getText( "xla.web.cancel" )
                <label>$i18n.getText("xla.web.name")</label>
                /** Example: {@code $text.get('xla.doc.example')} */
                // AJS.I18n.getText('xla.doc.line')
                ## $text.get("xla.doc.velocity") #* $text.get("xla.doc.block") *#
                """;
        assertThat(matches(withoutComments(source), XLA_LITERAL)).containsExactlyInAnyOrder(
                "xla.error.page.limit", "xla.web.save", "xla.web.cancel", "xla.web.name");
        assertThat(matches(withoutComments(source), JS_KEY)).containsExactlyInAnyOrder("xla.web.save", "xla.web.cancel");
    }

    // ------------------------------------------------------------------------------------------

    private static Properties bundle(Path file) {
        Properties properties = new Properties();
        try (var in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** Keys of logical lines (continuation lines joined), in file order, that occur more than once. */
    private static Set<String> duplicateKeys(Path file) {
        Set<String> seen = new HashSet<>();
        Set<String> duplicates = new TreeSet<>();
        StringBuilder logical = new StringBuilder();
        for (String line : read(file).split("\n", -1)) {
            logical.append(line);
            if (line.endsWith("\\") && !line.endsWith("\\\\")) {
                logical.setLength(logical.length() - 1);
                continue;
            }
            Matcher key = KEY_LINE.matcher(logical + " ");
            if (key.find() && !seen.add(key.group(1))) {
                duplicates.add(key.group(1));
            }
            logical.setLength(0);
        }
        return duplicates;
    }

    private static Set<String> placeholders(String value) {
        Set<String> indexes = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(value);
        while (matcher.find()) {
            indexes.add(matcher.group(1));
        }
        return indexes;
    }

    /** Key -> the files that use it, for every file below {@code dir} ending in {@code extension}. */
    private static Map<String, Set<String>> keysIn(Path dir, String extension, Pattern pattern) {
        Map<String, Set<String>> keys = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return keys;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(f -> f.toString().endsWith(extension)).forEach(file -> {
                for (String key : matches(withoutComments(read(file)), pattern)) {
                    keys.computeIfAbsent(key, k -> new TreeSet<>()).add(MODULE.relativize(file).toString());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    private static String withoutComments(String source) {
        return LINE_COMMENT.matcher(BLOCK_COMMENT.matcher(source).replaceAll(" ")).replaceAll("");
    }

    private static List<String> matches(String text, Pattern pattern) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** The used keys that either bundle lacks, with where they are used. */
    private static Map<String, Set<String>> missing(Map<String, Set<String>> used) {
        Properties english = bundle(ENGLISH);
        Properties dutch = bundle(DUTCH);
        Map<String, Set<String>> missing = new TreeMap<>();
        used.forEach((key, files) -> {
            if (!english.containsKey(key) || !dutch.containsKey(key)) {
                missing.put(key, files);
            }
        });
        return missing;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
