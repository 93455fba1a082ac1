package nl.xlascorecard.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.xlascorecard.sandbox.descriptor.PluginDescriptor;
import nl.xlascorecard.sandbox.descriptor.WebResourceModule;

/**
 * Rules for the app's own page scripts (every JavaScript file of the descriptor's web resources,
 * except the bundled Chart.js): data reaches the page only as text, and every text is a literal
 * i18n key that Jira's jsI18n transformer can replace.
 */
class WebScriptsTest {

    /** Ways to turn a string into markup or code. */
    private static final Pattern MARKUP_SINKS = Pattern.compile(
            "\\.innerHTML|\\.outerHTML|insertAdjacentHTML|document\\.write|\\beval\\s*\\(|new\\s+Function\\s*\\(");
    private static final Pattern GET_TEXT = Pattern.compile("AJS\\.I18n\\.getText\\(([^)]*)\\)");
    private static final Pattern LITERAL_KEY = Pattern.compile("\\s*'xla\\.[a-z0-9.]+'\\s*");

    static List<String> scripts() {
        return PluginDescriptor.load(WebScriptsTest.class.getClassLoader(), PluginDescriptor.RESOURCE).webResources()
                .stream()
                .flatMap(module -> module.resources().stream())
                .filter(WebResourceModule.Resource::isJavaScript)
                .map(WebResourceModule.Resource::location)
                .filter(location -> !location.startsWith("web/vendor/"))
                .distinct()
                .toList();
    }

    private static String source(String location) throws IOException {
        try (InputStream in = WebScriptsTest.class.getClassLoader().getResourceAsStream(location)) {
            assertThat(in).as(location).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @MethodSource("scripts")
    void noStringBecomesMarkupOrCode(String location) throws IOException {
        assertThat(MARKUP_SINKS.matcher(source(location)).find()).as(location).isFalse();
    }

    @ParameterizedTest
    @MethodSource("scripts")
    void everyTextIsALiteralKeyWithoutArguments(String location) throws IOException {
        Matcher calls = GET_TEXT.matcher(source(location));
        int count = 0;
        while (calls.find()) {
            count++;
            // Arguments are filled in by XLA.format, so the transformer only ever sees a plain key.
            assertThat(calls.group(1)).as("%s: %s", location, calls.group()).matches(LITERAL_KEY);
        }
        if (!location.endsWith("interval-chart.js")) {
            assertThat(count).as(location).isPositive();
        }
    }
}
