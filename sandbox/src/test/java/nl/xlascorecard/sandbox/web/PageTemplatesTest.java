package nl.xlascorecard.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.atlassian.templaterenderer.RenderingException;

import nl.xlascorecard.plugin.i18n.BundleMessages;
import nl.xlascorecard.plugin.web.MessagePage;
import nl.xlascorecard.plugin.web.OrganisationPage;
import nl.xlascorecard.plugin.web.OrganisationRow;
import nl.xlascorecard.plugin.web.OrganisationsPage;
import nl.xlascorecard.plugin.web.PageText;
import nl.xlascorecard.plugin.web.TargetsPage;
import nl.xlascorecard.plugin.web.TemplateAdminPage;
import nl.xlascorecard.sandbox.descriptor.PluginDescriptor;
import nl.xlascorecard.sandbox.velocity.JdkMethods;
import nl.xlascorecard.sandbox.velocity.MethodAllowlist;
import nl.xlascorecard.sandbox.velocity.SandboxTemplateRenderer;

/**
 * The app's page templates rendered by the sandbox's Velocity (Jira's auto-escaping, the plugin's
 * own allowlist from atlassian-plugin.xml) with hostile text in every field a user or JSM can
 * influence: only escaped forms may reach the HTML.
 */
class PageTemplatesTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String SCRIPT_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";
    private static final String BREAKER = "\"'><img src=x onerror=alert(1)>";
    private static final String BREAKER_ESCAPED = "&quot;&#39;&gt;&lt;img src=x onerror=alert(1)&gt;";

    private static final Set<String> APP_ALLOWLIST = PluginDescriptor.load(PageTemplatesTest.class.getClassLoader(), PluginDescriptor.RESOURCE)
            .allowedMethods();

    /** One template with its page DTO, built around a hostile string. */
    private record Case(String name, String template, Function<String, Object> page) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> pages() {
        return List.of(
                new Case("organisations", "templates/web/organisations.vm", hostile -> new OrganisationsPage(
                        List.of(new OrganisationRow(1, hostile, "/jira/x?id=" + hostile, hostile, hostile, hostile),
                                new OrganisationRow(2, hostile, hostile, hostile, hostile, null)),
                        hostile, "/jira/prev?" + hostile, "/jira/next?" + hostile)),
                new Case("organisation", "templates/web/organisation.vm",
                        hostile -> new OrganisationPage(7, hostile, "/jira" + hostile, hostile, true)),
                new Case("targets", "templates/web/targets.vm", hostile -> TargetsPage.organisation(7, hostile,
                        "/jira" + hostile, hostile, true, true)),
                new Case("default-targets", "templates/web/targets.vm",
                        hostile -> TargetsPage.defaults("/jira" + hostile, hostile, true)),
                new Case("template-admin", "templates/web/template-admin.vm",
                        hostile -> new TemplateAdminPage("/jira" + hostile, hostile)),
                new Case("message", "templates/web/message.vm",
                        hostile -> new MessagePage(hostile, hostile, "/jira" + hostile, hostile)));
    }

    private static String render(MethodAllowlist allowlist, Case page, String hostile, Locale locale) throws IOException {
        StringWriter out = new StringWriter();
        new SandboxTemplateRenderer(allowlist).render(page.template(),
                Map.of("page", page.page().apply(hostile), "text", new PageText(new BundleMessages(locale))), out);
        return out.toString();
    }

    private static MethodAllowlist appAllowlist() {
        return new MethodAllowlist(JdkMethods.ALLOWED).plus(APP_ALLOWLIST);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void aScriptInEveryFieldIsEscaped(Case page) throws IOException {
        String html = render(appAllowlist(), page, SCRIPT, Locale.ENGLISH);

        assertThat(html).doesNotContain(SCRIPT).doesNotContain("<script");
        assertThat(html).contains(SCRIPT_ESCAPED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void attributeBreakersAreEscaped(Case page) throws IOException {
        String html = render(appAllowlist(), page, BREAKER, Locale.forLanguageTag("nl"));

        assertThat(html).doesNotContain("<img").doesNotContain(BREAKER);
        assertThat(html).contains(BREAKER_ESCAPED);
    }

    @Test
    void theOrganisationsListShowsEveryRowAndThePagingLinks() throws IOException {
        String html = render(appAllowlist(), pages().get(0), "Zorggroep", Locale.ENGLISH);

        assertThat(html).contains("<title>Organisations</title>")
                .contains("<meta name=\"decorator\" content=\"atl.general\">")
                .contains("<a href=\"/jira/x?id=Zorggroep\">Zorggroep</a>")
                .contains("<span class=\"aui-lozenge Zorggroep\">Zorggroep</span>")
                .contains("href=\"/jira/prev?Zorggroep\"").contains("href=\"/jira/next?Zorggroep\"");
        assertThat(html.split("<tr data-organisation-id=", -1)).hasSize(3);
    }

    @Test
    void theOrganisationPageIsInDutchForDutchReaders() throws IOException {
        String html = render(appAllowlist(), pages().get(1), "Ziekenhuis De Linde", Locale.forLanguageTag("nl"));

        assertThat(html).contains("<title>Ziekenhuis De Linde \u2013 XLA Scorecard</title>")
                .contains("<h1 id=\"xla-organisation-name\">Ziekenhuis De Linde</h1>")
                .contains(">Metingen</h2>").contains(">Verbeteracties</h2>")
                .contains("data-can-manage=\"true\"").contains("id=\"xla-plan-round\"")
                .contains("Ticketbeoordelingen van de laatste 90 dagen als CSV");
    }

    @Test
    void dutchPagesOfferTheRatingsInTheSemicolonDialectDutchExcelOpensInColumns() throws IOException {
        Case dutch = new Case("organisation", "templates/web/organisation.vm",
                hostile -> new OrganisationPage(7, hostile, "/jira", "nl", false));

        String html = render(appAllowlist(), dutch, "Org", Locale.forLanguageTag("nl"));

        assertThat(html).contains("href=\"/jira/rest/xla-scorecard/1.0/organisations/7/ratings.csv?days=90"
                + "&amp;separator=semicolon\"");
    }

    @Test
    void readersWhoCannotManageGetNoPlanButton() throws IOException {
        Case readOnly = new Case("organisation", "templates/web/organisation.vm",
                hostile -> new OrganisationPage(7, hostile, "/jira", "en", false));

        String html = render(appAllowlist(), readOnly, "Org", Locale.ENGLISH);

        assertThat(html).contains("data-can-manage=\"false\"").doesNotContain("xla-plan-round");
        // readers may download what they may read: the ratings export is there, in the comma dialect
        assertThat(html).contains("href=\"/jira/rest/xla-scorecard/1.0/organisations/7/ratings.csv?days=90\"")
                .contains(">Ticket ratings of the last 90 days as CSV</a>");
    }

    @Test
    void anEmptyOrganisationsListSaysSo() throws IOException {
        Case empty = new Case("organisations", "templates/web/organisations.vm",
                hostile -> new OrganisationsPage(List.of(), "", null, null));

        String html = render(appAllowlist(), empty, "x", Locale.ENGLISH);

        assertThat(html).contains("There are no organisations you can see yet.").doesNotContain("<table");
    }

    /**
     * The allowlist is exactly what the templates need: leaving out any one of the app's entries
     * makes a template fail, as Jira 10+ would block the call.
     */
    @Test
    void everyAllowlistEntryIsNeededAndAMissingOneFailsRendering() {
        // The follow-up pages and the experience panel have their own test (web.followup.FollowUpTemplatesTest),
        // and so has the general settings page (web.settings.GeneralSettingsTemplatesTest).
        Set<String> webEntries = APP_ALLOWLIST.stream().filter(m -> m.startsWith("nl.xlascorecard.plugin.web."))
                .filter(m -> !m.startsWith("nl.xlascorecard.plugin.web.panel.")
                        && !m.startsWith("nl.xlascorecard.plugin.web.FollowUp")
                        && !m.startsWith("nl.xlascorecard.plugin.web.GeneralSettings"))
                .collect(Collectors.toSet());
        assertThat(webEntries).isNotEmpty();
        for (String entry : webEntries) {
            MethodAllowlist withoutOne = new MethodAllowlist(JdkMethods.ALLOWED)
                    .plus(APP_ALLOWLIST.stream().filter(m -> !m.equals(entry)).toList());
            String method = entry.substring(entry.indexOf('#') + 1, entry.indexOf('('));
            assertThat(pages()).as("a template calling %s", entry).anySatisfy(page ->
                    assertThatThrownBy(() -> render(withoutOne, page, "x", Locale.ENGLISH))
                            .isInstanceOf(RenderingException.class)
                            .hasMessageContaining(method));
        }
    }
}
