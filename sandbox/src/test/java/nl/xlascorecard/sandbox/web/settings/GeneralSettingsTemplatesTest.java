package nl.xlascorecard.sandbox.web.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.atlassian.templaterenderer.RenderingException;

import nl.xlascorecard.plugin.i18n.BundleMessages;
import nl.xlascorecard.plugin.web.GeneralSettingsPage;
import nl.xlascorecard.plugin.web.PageText;
import nl.xlascorecard.sandbox.descriptor.PluginDescriptor;
import nl.xlascorecard.sandbox.velocity.JdkMethods;
import nl.xlascorecard.sandbox.velocity.MethodAllowlist;
import nl.xlascorecard.sandbox.velocity.SandboxTemplateRenderer;

/**
 * The general settings template rendered by the sandbox's Velocity (Jira's auto-escaping, the
 * plugin's own allowlist): hostile text in the context path and language ends up escaped, the
 * "Configuration" list links to the configuration pages in English and Dutch, and every
 * allowlist entry of the page is needed.
 */
class GeneralSettingsTemplatesTest {

    private static final String TEMPLATE = "templates/web/general-settings.vm";
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String SCRIPT_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";
    private static final String BREAKER = "\"'><img src=x onerror=alert(1)>";
    private static final String BREAKER_ESCAPED = "&quot;&#39;&gt;&lt;img src=x onerror=alert(1)&gt;";

    private static final Set<String> APP_ALLOWLIST = PluginDescriptor
            .load(GeneralSettingsTemplatesTest.class.getClassLoader(), PluginDescriptor.RESOURCE).allowedMethods();

    private static String render(MethodAllowlist allowlist, GeneralSettingsPage page, Locale locale) throws IOException {
        StringWriter out = new StringWriter();
        Map<String, Object> context = Map.of("page", page, "text", new PageText(new BundleMessages(locale)));
        new SandboxTemplateRenderer(allowlist).render(TEMPLATE, context, out);
        return out.toString();
    }

    private static String render(GeneralSettingsPage page, Locale locale) throws IOException {
        return render(new MethodAllowlist(JdkMethods.ALLOWED).plus(APP_ALLOWLIST), page, locale);
    }

    @Test
    void aScriptInEveryFieldIsEscaped() throws IOException {
        String html = render(new GeneralSettingsPage("/jira" + SCRIPT, SCRIPT), Locale.ENGLISH);

        assertThat(html).doesNotContain(SCRIPT).doesNotContain("<script");
        assertThat(html).contains("data-context-path=\"/jira" + SCRIPT_ESCAPED + "\"")
                .contains("data-locale=\"" + SCRIPT_ESCAPED + "\"")
                .contains("href=\"/jira" + SCRIPT_ESCAPED + "/plugins/servlet/xla/admin/template\"");
    }

    @Test
    void attributeBreakersAreEscaped() throws IOException {
        String html = render(new GeneralSettingsPage("/jira" + BREAKER, BREAKER), Locale.forLanguageTag("nl"));

        assertThat(html).doesNotContain("<img").doesNotContain(BREAKER);
        assertThat(html).contains(BREAKER_ESCAPED);
    }

    @Test
    void theConfigurationListLinksToEveryConfigurationPage() throws IOException {
        String html = render(new GeneralSettingsPage("/jira", "en"), Locale.ENGLISH);

        assertThat(html).contains("<title>XLA Scorecard settings</title>")
                .contains("<meta name=\"admin.active.tab\" content=\"xla-settings-link\">")
                .contains("id=\"xla-general-settings\"")
                .contains(">Configuration</h2>")
                .contains("<a id=\"xla-config-settings\" href=\"/jira/plugins/servlet/xla/admin/settings\""
                        + " aria-current=\"page\">General settings</a>")
                .contains("<a id=\"xla-config-template\" href=\"/jira/plugins/servlet/xla/admin/template\">"
                        + "Scorecard template</a>")
                .contains("<a id=\"xla-config-followups\" href=\"/jira/plugins/servlet/xla/admin/followups\">"
                        + "Follow-up settings</a>")
                .contains("<a id=\"xla-config-targets\" href=\"/jira/plugins/servlet/xla/targets/defaults\">"
                        + "Default XLA targets</a>");
    }

    @Test
    void thePageIsInDutchForDutchReaders() throws IOException {
        String html = render(new GeneralSettingsPage("/jira", "nl"), Locale.forLanguageTag("nl"));

        assertThat(html).contains("<title>Instellingen XLA Scorecard</title>").contains(">Configuratie</h2>")
                .contains(">Scorecardsjabloon</a>").contains(">Instellingen terugbellen</a>")
                .contains(">Standaard XLA-doelen</a>")
                .contains("data-locale=\"nl\"");
    }

    /** Every allowlist entry of this page is needed: leaving one out makes the template fail, as in Jira 10+. */
    @Test
    void everyAllowlistEntryIsNeededAndAMissingOneFailsRendering() {
        Set<String> entries = APP_ALLOWLIST.stream()
                .filter(m -> m.startsWith("nl.xlascorecard.plugin.web.GeneralSettingsPage#"))
                .collect(Collectors.toSet());
        assertThat(entries).hasSize(6);
        for (String entry : entries) {
            MethodAllowlist withoutOne = new MethodAllowlist(JdkMethods.ALLOWED)
                    .plus(APP_ALLOWLIST.stream().filter(m -> !m.equals(entry)).toList());
            String method = entry.substring(entry.indexOf('#') + 1, entry.indexOf('('));
            assertThatThrownBy(() -> render(withoutOne, new GeneralSettingsPage("/jira", "en"), Locale.ENGLISH))
                    .as("a template calling %s", entry)
                    .isInstanceOf(RenderingException.class)
                    .hasMessageContaining(method);
        }
    }
}
