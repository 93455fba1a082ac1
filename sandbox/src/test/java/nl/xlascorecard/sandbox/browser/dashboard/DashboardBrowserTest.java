package nl.xlascorecard.sandbox.browser.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import nl.xlascorecard.sandbox.SandboxConfig;
import nl.xlascorecard.sandbox.SandboxServer;
import nl.xlascorecard.sandbox.auth.DemoUsers;
import nl.xlascorecard.sandbox.browser.Browser;
import nl.xlascorecard.sandbox.servicedesk.DemoOrganisations;

/**
 * The dashboard in a real headless Chromium against the sandbox with its demo data: the service
 * manager's dashboard shows the five dashboard items of the descriptor, each rendered by its own AMD
 * module from REST data (the scorecard profile with its chart and five categories, the follow-up
 * queue with the overdue follow-up first and in words); the XLA overview, SLA-vs-XLA and trend items
 * show their figures when their endpoints answer and otherwise a clear "not available" state (which
 * one is expected is asked of the REST API first, so the test holds either way). Configuring the
 * profile and the queue (an organisation) is kept across a reload and is the user's own. An
 * organisation whose name carries markup is shown as text. Screenshots in English and Dutch. Fails on
 * any JavaScript console error except 404s of endpoints this build does not have.
 */
class DashboardBrowserTest {

    private static final String DASHBOARD = "/secure/Dashboard.jspa";
    private static final String OVERVIEW = "#gadget-xla-overview-dashboard-item";
    private static final String WATERMELON = "#gadget-sla-vs-xla-dashboard-item";
    private static final String TREND = "#gadget-satisfaction-trend-dashboard-item";
    private static final String PROFILE = "#gadget-scorecard-profile-dashboard-item";
    private static final String QUEUE = "#gadget-follow-up-queue-dashboard-item";
    private static final long HOSTILE_ID = 99;
    private static final String HOSTILE_NAME = "<script>window.xlaInjected=1</script><b>Zorg &amp; Co</b>";

    @TempDir
    static Path data;

    private static SandboxServer server;

    @BeforeAll
    static void startSandbox() {
        server = SandboxServer.start(SandboxConfig.forTests(data).withDemoData(true));
    }

    @AfterAll
    static void stopSandbox() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void theDashboardShowsTheFiveItemsAndKeepsEachUsersSettings() throws Exception {
        serviceManagerSeesTheFiveItems();
        configuringAnItemIsKeptAcrossAReload();
        dutchDashboard();
        markupInAnOrganisationNameIsText();
    }

    private static void serviceManagerSeesTheFiveItems() {
        try (Browser browser = Browser.start("en")) {
            browser.logIn(server.baseUrl() + "/plugins/servlet/xla/organisations", DemoUsers.SERVICE_MANAGER);
            // Jira's home is the dashboard: so is the sandbox's for licensed users.
            browser.open(server.baseUrl() + "/");
            browser.waitFor("#dashboard");
            assertThat(browser.driver().getCurrentUrl()).endsWith(DASHBOARD);
            assertThat(browser.find("#sandbox-dashboard-host-note").getText()).contains("not Jira");
            assertThat(browser.findAll(".dashboard-item-frame")).hasSize(5);
            waitUntilRendered(browser);
            assertThat(browser.findAll(".dashboard-item-title")).extracting(WebElement::getText)
                    .containsExactly("XLA overview", "SLA vs XLA",
                            "Satisfaction trend: GGZ Oostervaart",
                            "Scorecard profile: GGZ Oostervaart", "Follow-up queue");

            // Scorecard profile: the first organisation by name, its latest closed round, chart and five categories.
            WebElement profile = browser.find(PROFILE + " .xla-dashboard-item");
            assertThat(profile.getAttribute("data-state")).isEqualTo("ready");
            assertThat(profile.findElement(By.cssSelector(".xla-di-subject")).getText()).isEqualTo("GGZ Oostervaart");
            assertThat(profile.findElements(By.cssSelector("canvas.xla-di-profile-chart"))).hasSize(1);
            assertThat(profile.findElements(By.cssSelector(".xla-di-profile-table tbody tr"))).hasSize(5);
            browser.waitFor(PROFILE + " canvas.xla-di-profile-chart");
            Object drawn = browser.script("return !!window.Chart && !!window.Chart.getChart(arguments[0]);",
                    browser.find(PROFILE + " canvas"));
            assertThat(drawn).as("Chart.js drew the profile").isEqualTo(true);
            browser.find(PROFILE + " .xla-di-table-details summary").click();
            assertThat(browser.find(PROFILE + " .xla-di-profile-table tbody tr").getText()).contains("Reliability").contains("n = ");

            // Follow-up queue: the demo data's overdue follow-up first, overdue in words.
            WebElement queue = browser.find(QUEUE + " .xla-dashboard-item");
            assertThat(queue.getAttribute("data-state")).isEqualTo("ready");
            List<WebElement> rows = queue.findElements(By.cssSelector(".xla-di-queue-table tbody tr"));
            assertThat(rows).isNotEmpty();
            assertThat(rows.get(0).getAttribute("class")).contains("xla-row-overdue");
            assertThat(rows.get(0).findElement(By.cssSelector(".xla-countdown")).getText()).startsWith("Overdue by ");
            assertThat(rows.get(0).findElement(By.cssSelector(".xla-di-owner")).getText()).isEqualTo("Sanne de Vries");
            assertThat(queue.findElement(By.cssSelector(".xla-di-queue-overdue")).getText()).endsWith("1 follow-up(s) past their due time.");

            assertOverviewItems(browser);
            // Every status says itself in words (the lozenge) and gives value, n and since in its title.
            List<WebElement> lozenges = browser.findAll(OVERVIEW + " .xla-di-target .xla-status-lozenge");
            assertThat(lozenges).isNotEmpty();
            assertThat(lozenges).extracting(l -> l.getAttribute("textContent").strip())
                    .allSatisfy(text -> assertThat(text).matches("[\u2713!\u2715\u2013] (Met|At risk|Breached|No data)"));
            assertThat(lozenges).extracting(l -> l.getAttribute("title")).allSatisfy(title -> assertThat(title).contains("(n = "));
            assertThat(browser.findAll(OVERVIEW + " thead th")).extracting(WebElement::getText).contains("CSAT %");
            // The demo's designed watermelon (Rivierenland: every SLA met, the unhappiest ratings) is
            // picked out in words; on some days the random demo desk makes a second one. Watermelons first.
            WebElement rivierenland = browser.find(WATERMELON + " tbody tr[data-organisation-id='" + DemoOrganisations.RIVIERENLAND + "']");
            assertThat(rivierenland.getAttribute("data-watermelon")).isEqualTo("true");
            assertThat(rivierenland.getText()).contains("Stichting Thuiszorg Rivierenland")
                    .contains("Watermelon: SLA met, experience breached");
            assertThat(rivierenland.getAttribute("class")).contains("xla-di-watermelon-row");
            List<String> flags = browser.findAll(WATERMELON + " tbody tr[data-organisation-id]").stream()
                    .map(row -> row.getAttribute("data-watermelon")).toList();
            long watermelons = flags.stream().filter("true"::equals).count();
            assertThat(flags.subList(0, (int) watermelons)).containsOnly("true");
            assertThat(browser.find(WATERMELON + " .xla-di-watermelon-summary").getText())
                    .isEqualTo(watermelons + " of 8 organisations are watermelons: green SLA, red experience.");
            browser.screenshot("dashboard-en");
            browser.screenshot("dashboard-profile-en", browser.find(PROFILE));
            browser.screenshot("dashboard-queue-en", browser.find(QUEUE));
            browser.screenshot("dashboard-overview-en", browser.find(OVERVIEW));
            browser.screenshot("dashboard-watermelon-en", browser.find(WATERMELON));
            browser.screenshot("dashboard-trend-en", browser.find(TREND));
            assertThat(browser.consoleErrors(DashboardBrowserTest::isExpected)).isEmpty();
        }
    }

    /** The items on /xla/overview and /satisfaction-trend: ready, with a row per organisation and per month. */
    private static void assertOverviewItems(Browser browser) {
        for (String item : List.of(OVERVIEW, WATERMELON)) {
            WebElement root = browser.find(item + " .xla-dashboard-item");
            assertThat(root.getAttribute("data-state")).as(item).isEqualTo("ready");
            assertThat(root.findElements(By.cssSelector("tbody tr[data-organisation-id]"))).as(item).hasSize(8);
        }
        // The demo desk's ratings of the last 120 days: a chart and a row per month, some with CSAT figures.
        WebElement trend = browser.find(TREND + " .xla-dashboard-item");
        assertThat(trend.getAttribute("data-state")).isEqualTo("ready");
        assertThat(trend.findElements(By.cssSelector("canvas.xla-di-trend-chart"))).hasSize(1);
        List<WebElement> months = trend.findElements(By.cssSelector(".xla-di-trend-table tbody tr"));
        assertThat(months).hasSize(12);
        assertThat(months).extracting(m -> m.findElement(By.cssSelector(".xla-di-csat")).getAttribute("textContent"))
                .anySatisfy(text -> assertThat(text).matches("\\d+[.,]\\d% \\(n = \\d+\\)"));
    }

    private static void configuringAnItemIsKeptAcrossAReload() {
        try (Browser browser = Browser.start("en")) {
            browser.logIn(server.baseUrl() + DASHBOARD, DemoUsers.SERVICE_MANAGER);
            waitUntilRendered(browser);

            // The profile: another organisation.
            browser.find(PROFILE + " .dashboard-item-configure").click();
            browser.waitFor(PROFILE + "[data-mode='edit'] select[name='organisationId']");
            new Select(browser.find(PROFILE + " select[name='organisationId']"))
                    .selectByValue(String.valueOf(DemoOrganisations.RIVIERENLAND));
            browser.screenshot("dashboard-configure-en", browser.find(PROFILE));
            browser.find(PROFILE + " .xla-dashboard-save").click();
            browser.waitForText(PROFILE + "[data-mode='view'] .xla-di-subject", "Rivierenland");

            // The queue: one organisation only (the one with the overdue follow-up).
            browser.find(QUEUE + " .dashboard-item-configure").click();
            browser.waitFor(QUEUE + "[data-mode='edit'] .xla-dashboard-organisations");
            WebElement box = browser.find(QUEUE + " input[type='checkbox'][value='" + DemoOrganisations.RIVIERENLAND + "']");
            String boxId = box.getAttribute("id");
            browser.find(QUEUE + " label[for='" + boxId + "']").click();
            new Select(browser.find(QUEUE + " select[name='rows']")).selectByValue("5");
            browser.find(QUEUE + " .xla-dashboard-save").click();
            browser.waitFor(QUEUE + "[data-mode='view'] .xla-dashboard-item[aria-busy='false'] .xla-dashboard-footer");

            // Cancel leaves an item as it was and saves nothing.
            browser.find(OVERVIEW + " .dashboard-item-configure").click();
            new Select(browser.waitFor(OVERVIEW + "[data-mode='edit'] select[name='show']")).selectByValue("attention");
            browser.find(OVERVIEW + " .xla-dashboard-cancel").click();
            browser.waitFor(OVERVIEW + "[data-mode='view'] .xla-dashboard-item[aria-busy='false'] table");
            assertThat(browser.findAll(OVERVIEW + " tbody tr[data-organisation-id]")).hasSize(8);
            assertThat(server.client(DemoUsers.SERVICE_MANAGER)
                    .get("/rest/sandbox/1.0/dashboard/items/xla-overview-dashboard-item/preferences").body()).isEqualTo("{}");

            // SLA vs XLA: the last 90 days.
            browser.find(WATERMELON + " .dashboard-item-configure").click();
            new Select(browser.waitFor(WATERMELON + "[data-mode='edit'] select[name='slaDays']")).selectByValue("90");
            browser.find(WATERMELON + " .xla-dashboard-save").click();
            browser.waitFor(WATERMELON + "[data-mode='view'] .xla-dashboard-item[aria-busy='false'] table");

            browser.driver().navigate().refresh();
            waitUntilRendered(browser);
            assertThat(browser.findAll(WATERMELON + " thead th")).extracting(WebElement::getText)
                    .contains("SLA met, last 90 days");
            assertThat(browser.find(PROFILE + " .xla-di-subject").getText()).isEqualTo("Stichting Thuiszorg Rivierenland");
            assertThat(browser.find(PROFILE + " .dashboard-item-title").getText())
                    .isEqualTo("Scorecard profile: Stichting Thuiszorg Rivierenland");
            List<WebElement> organisations = browser.findAll(QUEUE + " .xla-di-queue-table tbody .xla-di-organisation");
            assertThat(organisations).isNotEmpty().hasSizeLessThanOrEqualTo(5);
            assertThat(organisations).extracting(WebElement::getText).containsOnly("Stichting Thuiszorg Rivierenland");
            assertThat(browser.find(QUEUE + " .xla-dashboard-footer").getText()).contains("1 chosen organisation(s)");
            browser.screenshot("dashboard-configured-en", browser.find("#dashboard"));

            // Stored per user, server side.
            HttpResponse<String> saved = server.client(DemoUsers.SERVICE_MANAGER)
                    .get("/rest/sandbox/1.0/dashboard/items/scorecard-profile-dashboard-item/preferences");
            assertThat(saved.body()).contains("\"organisationId\":\"" + DemoOrganisations.RIVIERENLAND + "\"");
            assertThat(server.client(DemoUsers.ADMIN)
                    .get("/rest/sandbox/1.0/dashboard/items/scorecard-profile-dashboard-item/preferences").body()).isEqualTo("{}");
            assertThat(browser.consoleErrors(DashboardBrowserTest::isExpected)).isEmpty();
        }
    }

    private static void dutchDashboard() {
        try (Browser browser = Browser.start("nl")) {
            browser.logIn(server.baseUrl() + DASHBOARD, DemoUsers.ADMIN);
            waitUntilRendered(browser);
            assertThat(browser.findAll(".dashboard-item-title")).extracting(WebElement::getText)
                    .contains("XLA-overzicht", "SLA tegenover XLA", "Terugbelwachtrij")
                    .anySatisfy(title -> assertThat(title).startsWith("Tevredenheidstrend"));
            assertThat(browser.find(QUEUE + " .xla-di-queue-table tbody tr:first-child .xla-countdown").getText())
                    .startsWith("Te laat: ");
            assertThat(browser.find(PROFILE + " .xla-di-round").getText()).contains("respondenten");
            assertOverviewItems(browser);
            browser.screenshot("dashboard-nl");
            assertThat(browser.consoleErrors(DashboardBrowserTest::isExpected)).isEmpty();
        }
    }

    private static void markupInAnOrganisationNameIsText() throws Exception {
        try (Connection connection = server.database().connect();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO SANDBOX_ORGANISATION (ID, NAME) VALUES (?, ?)")) {
            insert.setLong(1, HOSTILE_ID);
            insert.setString(2, HOSTILE_NAME);
            insert.executeUpdate();
        }
        try (Browser browser = Browser.start("en")) {
            browser.logIn(server.baseUrl() + DASHBOARD, DemoUsers.ADMIN);
            waitUntilRendered(browser);
            // The first organisation by name is now the hostile one: the profile shows its name as text.
            WebElement subject = browser.find(PROFILE + " .xla-di-subject");
            assertThat(subject.getText()).isEqualTo(HOSTILE_NAME);
            assertThat(browser.find(PROFILE + " .dashboard-item-title").getText()).isEqualTo("Scorecard profile: " + HOSTILE_NAME);
            assertThat(browser.find(PROFILE + " .xla-dashboard-empty").getText())
                    .isEqualTo("No scorecard round of this organisation has been closed yet.");

            assertThat(browser.find(OVERVIEW + " tr[data-organisation-id='" + HOSTILE_ID + "'] th").getText()).isEqualTo(HOSTILE_NAME);
            assertThat(browser.find(WATERMELON + " tr[data-organisation-id='" + HOSTILE_ID + "'] th").getText()).isEqualTo(HOSTILE_NAME);

            browser.find(QUEUE + " .dashboard-item-configure").click();
            browser.waitFor(QUEUE + "[data-mode='edit'] .xla-dashboard-organisations");
            WebElement label = browser.find(QUEUE + " input[value='" + HOSTILE_ID + "'] ~ label");
            assertThat(label.getText()).isEqualTo(HOSTILE_NAME);
            assertThat(browser.findAll("#dashboard b")).as("no markup from data").isEmpty();
            assertThat(browser.findAll("#dashboard script")).as("no script from data").isEmpty();
            assertThat(browser.script("return window.xlaInjected === undefined;")).isEqualTo(true);
            browser.screenshot("dashboard-escaping-en", browser.find(QUEUE));
            assertThat(browser.consoleErrors(DashboardBrowserTest::isExpected)).isEmpty();
        }
    }

    /** Every item frame shows its view, done loading (its root says ready, empty, failed or unavailable). */
    private static void waitUntilRendered(Browser browser) {
        for (String item : List.of(OVERVIEW, WATERMELON, TREND, PROFILE, QUEUE)) {
            browser.waitFor(item + "[data-mode='view'] .xla-dashboard-item[aria-busy='false']");
        }
    }

    /** Console lines that are no fault of the pages: the favicon of the host root. */
    private static boolean isExpected(String message) {
        return message.startsWith(server.baseUrl().replace("/jira", "") + "/favicon.ico ");
    }
}
