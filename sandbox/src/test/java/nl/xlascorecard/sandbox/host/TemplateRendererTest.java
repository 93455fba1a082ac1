package nl.xlascorecard.sandbox.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.atlassian.templaterenderer.RenderingException;

import nl.xlascorecard.sandbox.descriptor.PluginDescriptor;
import nl.xlascorecard.sandbox.velocity.JdkMethods;
import nl.xlascorecard.sandbox.velocity.MethodAllowlist;
import nl.xlascorecard.sandbox.velocity.SandboxTemplateRenderer;

/** Velocity as Jira runs it: automatic HTML escaping and the method allowlist enforced. */
class TemplateRendererTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String ATTRIBUTE_BREAKER = "\"'><img src=x onerror=alert(1)>";

    private static final List<String> TEST_PAGE_METHODS = List.of(
            "nl.xlascorecard.sandbox.host.TestPage#getTitle()",
            "nl.xlascorecard.sandbox.host.TestPage#getSummaryHtml()",
            "nl.xlascorecard.sandbox.host.TestPage#getSafeMarkup()");

    private final SandboxTemplateRenderer renderer =
            new SandboxTemplateRenderer(new MethodAllowlist(JdkMethods.ALLOWED).plus(TEST_PAGE_METHODS));

    private String render(String template, Map<String, Object> context) throws IOException {
        StringWriter out = new StringWriter();
        renderer.render("templates/sandbox-test/" + template, context, out);
        return out.toString();
    }

    private static String element(String html, String id) {
        Matcher matcher = Pattern.compile("<p id=\"" + id + "\">(.*?)</p>").matcher(html);
        assertThat(matcher.find()).as("element %s", id).isTrue();
        return matcher.group(1);
    }

    private Map<String, Object> hostileContext(String hostile) {
        return Map.of("title", hostile, "page", new TestPage(hostile), "bodyHtml", "<b>body</b>", "legacyHTML", "<i>legacy</i>",
                "items", List.of("<a>", "b"), "labels", Map.of("x", "<x>", "y", "&y"));
    }

    @Test
    void everyReferenceIsEscaped() throws IOException {
        String html = render("escaping.vm", hostileContext(SCRIPT));

        String escaped = "&lt;script&gt;alert(1)&lt;/script&gt;";
        assertThat(element(html, "plain")).isEqualTo(escaped);
        assertThat(element(html, "getter")).isEqualTo(escaped);
        assertThat(element(html, "method")).isEqualTo(escaped);
        assertThat(element(html, "braces")).isEqualTo(escaped);
        assertThat(element(html, "quiet")).isEqualTo(escaped);
        assertThat(element(html, "list")).isEqualTo("[&lt;a&gt;][b]");
        assertThat(element(html, "map")).isEqualTo("&lt;x&gt; &amp;y");
        assertThat(element(html, "missing")).isEmpty();
        assertThat(html).doesNotContain(SCRIPT);
    }

    @Test
    void attributeValuesCannotBeBrokenOutOf() throws IOException {
        String html = render("escaping.vm", hostileContext(ATTRIBUTE_BREAKER));

        assertThat(element(html, "attr")).isEqualTo("<a title=\"&quot;&#39;&gt;&lt;img src=x onerror=alert(1)&gt;\">x</a>");
        assertThat(html).doesNotContain("<img");
    }

    @Test
    void referencesNamedHtmlAndHtmlSafeMethodsAreNotEscaped() throws IOException {
        String html = render("escaping.vm", hostileContext(SCRIPT));

        assertThat(element(html, "html-var")).isEqualTo("<b>body</b>");
        assertThat(element(html, "html-getter")).isEqualTo("<em>summary</em>");
        assertThat(element(html, "html-method")).isEqualTo("<em>summary</em>");
        assertThat(element(html, "html-upper")).isEqualTo("<i>legacy</i>");
        assertThat(element(html, "safe-getter")).isEqualTo("<strong>safe</strong>");
        assertThat(element(html, "safe-method")).isEqualTo("<strong>safe</strong>");
        assertThat(element(html, "safe-length")).isEqualTo("21");
    }

    @Test
    void aMethodOffTheAllowlistMakesRenderingFail() {
        assertThatThrownBy(() -> render("forbidden-method.vm", hostileContext("x")))
                .isInstanceOf(RenderingException.class)
                .hasMessageContaining("nl.xlascorecard.sandbox.host.TestPage#secret()")
                .hasMessageContaining("forbidden-method.vm");
    }

    @Test
    void getClassIsNotAllowed() {
        assertThatThrownBy(() -> render("forbidden-getclass.vm", hostileContext("x")))
                .isInstanceOf(RenderingException.class)
                .hasMessageContaining("java.lang.Object#getClass()");
    }

    @Test
    void templatesCannotSetProperties() {
        assertThatThrownBy(() -> render("forbidden-set.vm", hostileContext("x")))
                .isInstanceOf(RenderingException.class)
                .hasMessageContaining("property 'title'");
    }

    @Test
    void aFailedRenderingWritesNothing() {
        StringWriter out = new StringWriter();
        assertThatThrownBy(() -> renderer.render("templates/sandbox-test/forbidden-method.vm", hostileContext("x"), out))
                .isInstanceOf(RenderingException.class);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void basicJdkMethodsAreAllowedWithoutListing() throws IOException {
        String out = render("jdk-methods.vm", Map.of("items", List.of("a", "b"), "title", "abc",
                "labels", Map.of("k", "v"), "count", 7L));

        assertThat(out.trim()).isEqualTo("2 false a 3 ABC 1, 7");
    }

    @Test
    void withoutTheDescriptorEntryAGetterIsRefused() {
        SandboxTemplateRenderer strict = new SandboxTemplateRenderer(new MethodAllowlist(JdkMethods.ALLOWED));

        assertThatThrownBy(() -> strict.renderFragment("$page.title", Map.of("page", new TestPage("t"))))
                .isInstanceOf(RenderingException.class)
                .hasMessageContaining("nl.xlascorecard.sandbox.host.TestPage#getTitle()");
    }

    @Test
    void theAllowlistIsReadFromTheDescriptorsVelocityAllowlistModules() throws IOException {
        String xml = """
                <atlassian-plugin key="test.plugin" name="t">
                  <velocity-allowlist key="pages">
                    <method>nl.xlascorecard.sandbox.host.TestPage#getTitle()</method>
                  </velocity-allowlist>
                </atlassian-plugin>
                """;
        PluginDescriptor descriptor = PluginDescriptor.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        SandboxTemplateRenderer fromDescriptor =
                new SandboxTemplateRenderer(new MethodAllowlist(JdkMethods.ALLOWED).plus(descriptor.allowedMethods()));

        assertThat(fromDescriptor.renderFragment("[$page.title]", Map.of("page", new TestPage("<t>")))).isEqualTo("[&lt;t&gt;]");
        assertThatThrownBy(() -> fromDescriptor.renderFragment("$page.safeMarkup", Map.of("page", new TestPage("t"))))
                .isInstanceOf(RenderingException.class);
    }

    @Test
    void i18nTextsAreAvailableAndEscaped() {
        assertThat(renderer.renderFragment("$i18n.getText('xla.app.name')", Map.of())).isEqualTo("XLA Scorecard");
    }

    @Test
    void unknownTemplatesAreReported() {
        assertThat(renderer.resolve("templates/sandbox-test/escaping.vm")).isTrue();
        assertThat(renderer.resolve("templates/sandbox-test/none.vm")).isFalse();
        assertThatThrownBy(() -> render("none.vm", Map.of())).isInstanceOf(RenderingException.class).hasMessageContaining("not found");
    }
}
