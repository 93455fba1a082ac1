package nl.xlascorecard.sandbox.web.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.xlascorecard.plugin.i18n.BundleMessages;
import nl.xlascorecard.plugin.web.PageText;
import nl.xlascorecard.plugin.web.TargetsPage;
import nl.xlascorecard.sandbox.descriptor.PluginDescriptor;
import nl.xlascorecard.sandbox.velocity.JdkMethods;
import nl.xlascorecard.sandbox.velocity.MethodAllowlist;
import nl.xlascorecard.sandbox.velocity.SandboxTemplateRenderer;

/**
 * The targets template in its two modes, rendered by the sandbox's Velocity (Jira's auto-escaping,
 * the plugin's allowlist): an organisation's page with the link to the defaults (only for those who
 * may read them), the defaults page for administrators (add button) and for service managers
 * (read-only note, no add button), hostile names and paths escaped, and Dutch. The hostile-string
 * cases of every template are in {@code web.PageTemplatesTest}.
 */
class TargetsTemplatesTest {

    private static final String TEMPLATE = "templates/web/targets.vm";
    private static final String BREAKER = "\"'><img src=x onerror=alert(1)>";
    private static final String BREAKER_ESCAPED = "&quot;&#39;&gt;&lt;img src=x onerror=alert(1)&gt;";

    private static final Set<String> APP_ALLOWLIST = PluginDescriptor
            .load(TargetsTemplatesTest.class.getClassLoader(), PluginDescriptor.RESOURCE).allowedMethods();

    private static String render(TargetsPage page, Locale locale) throws IOException {
        StringWriter out = new StringWriter();
        new SandboxTemplateRenderer(new MethodAllowlist(JdkMethods.ALLOWED).plus(APP_ALLOWLIST)).render(TEMPLATE,
                Map.of("page", page, "text", new PageText(new BundleMessages(locale))), out);
        return out.toString();
    }

    @Test
    void anOrganisationsPageLinksToTheDefaults() throws IOException {
        String html = render(TargetsPage.organisation(2, "Rivierenland", "/jira", "en", true, true), Locale.ENGLISH);

        assertThat(html).contains("<title>XLA targets of Rivierenland</title>")
                .contains("data-mode=\"organisation\" data-organisation-id=\"2\"")
                .contains("<a href=\"/jira/plugins/servlet/xla/organisation?id=2\">Rivierenland</a>")
                .contains("<a id=\"xla-defaults-link\" href=\"/jira/plugins/servlet/xla/targets/defaults\">"
                        + "See the default targets</a>")
                .contains("id=\"xla-target-add\"");
    }

    @Test
    void agentsGetNoLinkToTheDefaultsTheyMayNotRead() throws IOException {
        String html = render(TargetsPage.organisation(2, "Rivierenland", "/jira", "en", false, false), Locale.ENGLISH);

        assertThat(html).doesNotContain("xla-defaults-link").doesNotContain("xla-target-add")
                .contains("data-can-manage=\"false\"");
    }

    @Test
    void administratorsGetTheDefaultsToChange() throws IOException {
        String html = render(TargetsPage.defaults("/jira", "en", true), Locale.ENGLISH);

        assertThat(html).contains("<title>Default XLA targets</title>").contains("<h1>Default XLA targets</h1>")
                .contains("data-mode=\"defaults\"").doesNotContain("data-organisation-id")
                .contains(">Default targets</h2>").contains("data-can-manage=\"true\"")
                .contains("id=\"xla-target-add\"").doesNotContain("xla-defaults-readonly")
                .contains("<a href=\"/jira/plugins/servlet/xla/organisations\">Organisations</a>");
    }

    @Test
    void serviceManagersReadTheDefaultsOnly() throws IOException {
        String html = render(TargetsPage.defaults("/jira", "nl", false), Locale.forLanguageTag("nl"));

        assertThat(html).contains("<h1>Standaard XLA-doelen</h1>").contains("data-can-manage=\"false\"")
                .contains("id=\"xla-defaults-readonly\"").contains("Alleen Jira-beheerders kunnen de standaarddoelen")
                .doesNotContain("xla-target-add").contains("data-locale=\"nl\"");
    }

    @Test
    void hostileNamesAndPathsAreEscapedInBothModes() throws IOException {
        String organisation = render(TargetsPage.organisation(2, BREAKER, "/jira" + BREAKER, BREAKER, true, true),
                Locale.ENGLISH);
        String defaults = render(TargetsPage.defaults("/jira" + BREAKER, BREAKER, true), Locale.ENGLISH);

        for (String html : new String[] {organisation, defaults}) {
            assertThat(html).doesNotContain("<img").doesNotContain(BREAKER).contains(BREAKER_ESCAPED);
        }
        assertThat(organisation).contains("href=\"/jira" + BREAKER_ESCAPED + "/plugins/servlet/xla/targets/defaults\"")
                .contains("<h1>XLA targets of " + BREAKER_ESCAPED + "</h1>");
    }
}
