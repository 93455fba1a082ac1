package nl.xlascorecard.sandbox.web.followup;

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
import nl.xlascorecard.plugin.web.FollowUpQueuePage;
import nl.xlascorecard.plugin.web.FollowUpSettingsPage;
import nl.xlascorecard.plugin.web.PageText;
import nl.xlascorecard.plugin.web.panel.ExperiencePanel;
import nl.xlascorecard.plugin.web.panel.ExperiencePanelContextProvider;
import nl.xlascorecard.plugin.web.panel.PanelFollowUp;
import nl.xlascorecard.plugin.web.panel.PanelOrganisation;
import nl.xlascorecard.plugin.web.panel.PanelRating;
import nl.xlascorecard.plugin.web.panel.PanelTargetStatus;
import nl.xlascorecard.sandbox.descriptor.PluginDescriptor;
import nl.xlascorecard.sandbox.velocity.JdkMethods;
import nl.xlascorecard.sandbox.velocity.MethodAllowlist;
import nl.xlascorecard.sandbox.velocity.SandboxTemplateRenderer;

/**
 * The experience panel, the follow-up queue and the follow-up settings templates rendered by the
 * sandbox's Velocity (Jira's auto-escaping, the plugin's own allowlist) with hostile text in every
 * field a customer, an agent or JSM can influence (comment, organisation name, request key, texts):
 * only escaped forms reach the HTML. Also: what the panel shows with and without data.
 */
class FollowUpTemplatesTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String SCRIPT_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";
    private static final String BREAKER = "\"'><img src=x onerror=alert(1)>";
    private static final String BREAKER_ESCAPED = "&quot;&#39;&gt;&lt;img src=x onerror=alert(1)&gt;";
    private static final String PANEL_TEMPLATE = "templates/web/experience-panel.vm";

    private static final Set<String> APP_ALLOWLIST = PluginDescriptor
            .load(FollowUpTemplatesTest.class.getClassLoader(), PluginDescriptor.RESOURCE).allowedMethods();

    /** One template with its context, built around a hostile string. */
    private record Case(String name, String template, Function<String, Map<String, Object>> context) {
        @Override
        public String toString() {
            return name;
        }
    }

    static PanelFollowUp followUp(String hostile, boolean open, boolean overdue, boolean running) {
        return new PanelFollowUp(11, 3, "ITSM-" + hostile, "/jira/browse/" + hostile, open, hostile, overdue, hostile,
                overdue ? -65 : 200, running, hostile, hostile, hostile);
    }

    static ExperiencePanel fullPanel(String hostile) {
        // XLA targets: a target status with hostile texts too (the lozenge's class comes from the app).
        PanelOrganisation organisation = new PanelOrganisation(5, hostile, "/jira/org?" + hostile, hostile, hostile,
                PanelOrganisation.Trend.DOWN, hostile, List.of(followUp(hostile, true, true, true)), hostile,
                List.of(new PanelTargetStatus(hostile, hostile, "aui-lozenge-removed", hostile)));
        return ExperiencePanel.shown("ITSM-" + hostile, new PanelRating(1, hostile, hostile, hostile),
                followUp(hostile, true, false, false), List.of(organisation), "/jira" + hostile, hostile, true);
    }

    static List<Case> pages() {
        return List.of(
                new Case("experience panel", PANEL_TEMPLATE, hostile -> Map.of(
                        ExperiencePanelContextProvider.PANEL, fullPanel(hostile))),
                new Case("experience panel, failed", PANEL_TEMPLATE, hostile -> Map.of(
                        ExperiencePanelContextProvider.PANEL, ExperiencePanel.failed(hostile))),
                new Case("follow-up queue", "templates/web/follow-up-queue.vm", hostile -> Map.of(
                        "page", new FollowUpQueuePage("/jira" + hostile, hostile, hostile, true))),
                new Case("follow-up settings", "templates/web/follow-up-settings.vm", hostile -> Map.of(
                        "page", new FollowUpSettingsPage("/jira" + hostile, hostile))));
    }

    private static String render(MethodAllowlist allowlist, String template, Map<String, Object> context, Locale locale)
            throws IOException {
        StringWriter out = new StringWriter();
        PageText text = new PageText(new BundleMessages(locale));
        Map<String, Object> all = new java.util.HashMap<>(context);
        all.put("text", text);
        all.put(ExperiencePanelContextProvider.TEXT, text);
        new SandboxTemplateRenderer(allowlist).render(template, all, out);
        return out.toString();
    }

    private static String render(Case page, String hostile, Locale locale) throws IOException {
        return render(appAllowlist(), page.template(), page.context().apply(hostile), locale);
    }

    private static MethodAllowlist appAllowlist() {
        return new MethodAllowlist(JdkMethods.ALLOWED).plus(APP_ALLOWLIST);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void aScriptInEveryFieldIsEscaped(Case page) throws IOException {
        String html = render(page, SCRIPT, Locale.ENGLISH);

        assertThat(html).doesNotContain(SCRIPT).doesNotContain("<script");
        assertThat(html).contains(SCRIPT_ESCAPED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void attributeBreakersAreEscaped(Case page) throws IOException {
        String html = render(page, BREAKER, Locale.forLanguageTag("nl"));

        assertThat(html).doesNotContain("<img").doesNotContain(BREAKER);
        assertThat(html).contains(BREAKER_ESCAPED);
    }

    @Test
    void thePanelShowsStarsTheCountdownAndTheLogCallAction() throws IOException {
        PanelOrganisation organisation = new PanelOrganisation(5, "Zorggroep Noorderlicht", "/jira/org?id=5",
                "CSAT 67% (n = 12, last 90 days)", "Latest scorecard: 71.3", PanelOrganisation.Trend.UP,
                "up 2.1 on the previous round", List.of(new PanelFollowUp(12, 0, "ITSM-9", "/jira/browse/ITSM-9", true,
                        "Open", true, "Overdue by 1h 5m", -65, true, "Due 3 Mar 2026", "", "Owner: Service-manager group")),
                "Open follow-ups: 1");
        ExperiencePanel panel = ExperiencePanel.shown("ITSM-7",
                new PanelRating(2, "2 of 5 stars", "Nobody called back", "3 Mar 2026, 09:12"),
                new PanelFollowUp(11, 4, "ITSM-7", "/jira/browse/ITSM-7", true, "Open", false, "3h 20m left", 200, true,
                        "Due 4 Mar 2026, 09:12", "", "Owner: Sanne de Vries"),
                List.of(organisation), "/jira", "en", false);

        String html = render(appAllowlist(), PANEL_TEMPLATE, Map.of(ExperiencePanelContextProvider.PANEL, panel),
                Locale.ENGLISH);

        assertThat(html).contains("\u2605\u2605\u2606\u2606\u2606").contains("2 of 5 stars")
                .contains("<blockquote id=\"xla-panel-comment\" class=\"xla-panel-comment\">Nobody called back</blockquote>")
                .contains("data-follow-up-id=\"11\"").contains("data-version=\"4\"")
                .contains("data-minutes-left=\"200\"").contains("3h 20m left")
                .contains("id=\"xla-panel-log-call\"").contains(">Log call</button>")
                .contains("data-can-create-action=\"false\"")
                .contains("<a href=\"/jira/org?id=5\">Zorggroep Noorderlicht</a>")
                .contains("CSAT 67% (n = 12, last 90 days)")
                .contains("<span class=\"xla-trend xla-trend-up\" aria-hidden=\"true\">\u25B2</span>")
                .contains("up 2.1 on the previous round")
                .contains("<a href=\"/jira/browse/ITSM-9\">ITSM-9</a>")
                .contains("xla-countdown xla-overdue").contains("Overdue by 1h 5m")
                .contains("<p id=\"xla-panel-followup-owner\" class=\"xla-panel-meta xla-panel-owner\">Owner: Sanne de Vries</p>")
                .contains("<span class=\"xla-panel-meta xla-panel-owner\">Owner: Service-manager group</span>");
    }

    @Test
    void thePanelShowsTheXlaTargetStatusesAsLozengesWithText() throws IOException {
        PanelOrganisation organisation = new PanelOrganisation(5, "Zorggroep Noorderlicht", "/jira/org?id=5",
                "CSAT 67%", "Latest scorecard: 71.3", PanelOrganisation.Trend.NONE, "", List.of(), "No open follow-ups",
                List.of(new PanelTargetStatus("BREACHED", "Breached", "aui-lozenge-removed", "CSAT % (ratings of 4-5 stars)"),
                        new PanelTargetStatus("MET", "Met", "aui-lozenge-success", "NPS")));
        ExperiencePanel panel = ExperiencePanel.shown("ITSM-7", null, null, List.of(organisation), "/jira", "en", false);

        String html = render(appAllowlist(), PANEL_TEMPLATE, Map.of(ExperiencePanelContextProvider.PANEL, panel),
                Locale.ENGLISH);

        assertThat(html).contains("<ul class=\"xla-panel-targets\" aria-label=\"XLA targets\">")
                .contains("<li data-status=\"BREACHED\"><span class=\"aui-lozenge aui-lozenge-removed\">Breached</span>")
                .contains("<span class=\"xla-panel-target-name\">CSAT % (ratings of 4-5 stars)</span>")
                .contains("<li data-status=\"MET\"><span class=\"aui-lozenge aui-lozenge-success\">Met</span>");
    }

    @Test
    void aClosedFollowUpOffersNoCallAndAPausedClockSaysSo() throws IOException {
        ExperiencePanel closed = ExperiencePanel.shown("ITSM-7", null,
                new PanelFollowUp(11, 5, "ITSM-7", "/jira/browse/ITSM-7", false, "Done", false,
                        "Called back within the window", 30, false, "Due 4 Mar 2026", "Customer reached \u00B7 1 attempt(s)",
                        "Owner: Sanne de Vries"),
                List.of(), "/jira", "en", true);
        ExperiencePanel paused = ExperiencePanel.shown("ITSM-8", null,
                new PanelFollowUp(12, 0, "ITSM-8", "/jira/browse/ITSM-8", true, "Open", false, "5h left", 300, false,
                        "Due", "", "Owner: Service-manager group"), List.of(), "/jira", "en", true);

        String closedHtml = render(appAllowlist(), PANEL_TEMPLATE, Map.of(ExperiencePanelContextProvider.PANEL, closed),
                Locale.ENGLISH);
        String pausedHtml = render(appAllowlist(), PANEL_TEMPLATE, Map.of(ExperiencePanelContextProvider.PANEL, paused),
                Locale.ENGLISH);

        assertThat(closedHtml).contains("aui-lozenge-success").contains("Called back within the window")
                .contains("Customer reached \u00B7 1 attempt(s)").doesNotContain("xla-log-call")
                .contains("Not rated yet.");
        assertThat(pausedHtml).contains("data-clock-running=\"false\"")
                .contains("Clock paused outside business hours").contains("xla-log-call");
    }

    @Test
    void aHiddenPanelRendersNothingAndAFailedOneOneMessage() throws IOException {
        String hidden = render(appAllowlist(), PANEL_TEMPLATE,
                Map.of(ExperiencePanelContextProvider.PANEL, ExperiencePanel.hidden()), Locale.ENGLISH);
        String failed = render(appAllowlist(), PANEL_TEMPLATE,
                Map.of(ExperiencePanelContextProvider.PANEL, ExperiencePanel.failed("Could not load")), Locale.ENGLISH);

        assertThat(hidden.strip()).isEmpty();
        assertThat(failed).contains("<p>Could not load</p>").doesNotContain("xla-panel-section");
    }

    @Test
    void theQueueIsInDutchForDutchReaders() throws IOException {
        String html = render(pages().get(2), "x", Locale.forLanguageTag("nl"));

        assertThat(html).contains("<title>Terugbelwachtrij</title>").contains(">Alle organisaties</option>")
                .contains("data-can-manage=\"true\"");
    }

    /** Every allowlist entry of these templates is needed: leaving one out makes a template fail, as in Jira 10+. */
    @Test
    void everyAllowlistEntryIsNeededAndAMissingOneFailsRendering() {
        Set<String> entries = APP_ALLOWLIST.stream()
                .filter(m -> m.startsWith("nl.xlascorecard.plugin.web.panel.")
                        || m.startsWith("nl.xlascorecard.plugin.web.FollowUp"))
                .collect(Collectors.toSet());
        assertThat(entries).hasSizeGreaterThan(30);
        for (String entry : entries) {
            MethodAllowlist withoutOne = new MethodAllowlist(JdkMethods.ALLOWED)
                    .plus(APP_ALLOWLIST.stream().filter(m -> !m.equals(entry)).toList());
            String method = entry.substring(entry.indexOf('#') + 1, entry.indexOf('('));
            assertThat(pages()).as("a template calling %s", entry).anySatisfy(page ->
                    assertThatThrownBy(() -> render(withoutOne, page.template(), page.context().apply("x"),
                            Locale.ENGLISH))
                            .isInstanceOf(RenderingException.class)
                            .hasMessageContaining(method));
        }
    }
}
