package nl.xlascorecard.sandbox.browser.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * The targets page in a real headless Chromium against the sandbox with its demo data, for
 * Rivierenland (every SLA met, unhappiest ratings): the service manager sees the inherited defaults
 * with status lozenges (CSAT breached), adds a category target (a field error first, then saved),
 * sets an own CSAT target instead of the default (evaluated at once: met), deletes it again (the
 * default returns); the page and its history dialog in Dutch; an agent sees the statuses and their
 * history without any way to change them,
 * and the same statuses as lozenges in the experience panel of a Rivierenland request.
 * Screenshots of each step under target/screenshots. Fails on any JavaScript console error except
 * the one HTTP 400 the test provokes on purpose.
 */
class TargetsBrowserTest {

    private static final String PAGE = "/plugins/servlet/xla/targets?id=" + DemoOrganisations.RIVIERENLAND;

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

    private static WebElement row(Browser browser, String metric) {
        return browser.find("#xla-targets-table tr[data-metric='" + metric + "']");
    }

    /** The measured value a target row shows, as in "48.2 (n = 27 of at least 10)". */
    private static double shownValue(WebElement row) {
        Matcher value = Pattern.compile("(\\d+(?:\\.\\d+)?) \\(n = ").matcher(row.getText());
        assertThat(value.find()).as("a measured value in: %s", row.getText()).isTrue();
        return Double.parseDouble(value.group(1));
    }

    @Test
    void aServiceManagerSetsTargets() {
        try (Browser browser = Browser.start("en")) {
            browser.logIn(server.baseUrl() + PAGE, DemoUsers.SERVICE_MANAGER);
            browser.waitFor("#xla-targets-table");
            assertThat(browser.find("h1").getText()).isEqualTo("XLA targets of Stichting Thuiszorg Rivierenland");
            WebElement csat = row(browser, "CSAT_PERCENT");
            assertThat(csat.getText()).contains("(default)").contains("at least 90").contains("last 90 days");
            WebElement lozenge = csat.findElement(By.cssSelector(".aui-lozenge"));
            assertThat(lozenge.getText()).isEqualToIgnoringCase("Breached");
            assertThat(lozenge.getAttribute("class")).contains("aui-lozenge-removed");
            browser.screenshot("targets-en", browser.find("#xla-targets-page"));

            // A category target with a threshold out of range: the field error sits next to the input.
            browser.find("#xla-target-add").click();
            browser.waitFor("#xla-target-form");
            new Select(browser.find("#xla-tf-metric")).selectByValue("SCORECARD_CATEGORY");
            new Select(browser.find("#xla-tf-category")).selectByValue("EMPATHY");
            new Select(browser.find("#xla-tf-kind")).selectByValue("LATEST_CLOSED_ROUND");
            assertThat(browser.find("#xla-tf-days").isDisplayed()).isFalse();
            setValue(browser, "#xla-tf-threshold", "150");
            browser.find("#xla-tf-save").click();
            browser.waitFor("#xla-target-form .xla-field-error");
            assertThat(browser.find("#xla-tf-threshold").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.find("#xla-tf-threshold").findElement(By.xpath("..")).getText())
                    .contains("Enter a threshold from 1 to 100 for this metric.");
            browser.screenshot("targets-field-error-en", browser.find("#xla-target-form"));

            setValue(browser, "#xla-tf-threshold", "65");
            browser.find("#xla-tf-save").click();
            browser.waitFor("#xla-targets-table tr[data-metric='SCORECARD_CATEGORY']");
            WebElement empathy = row(browser, "SCORECARD_CATEGORY");
            assertThat(empathy.getText()).contains("Scorecard category: Empathy").doesNotContain("(default)");
            assertThat(empathy.findElement(By.cssSelector(".aui-lozenge")).getAttribute("data-status"))
                    .isIn("MET", "AT_RISK", "BREACHED", "NO_DATA");

            // An own CSAT target instead of the default, ten points below the organisation's current CSAT
            // (the demo data move with the day the sandbox starts): evaluated at once, and met.
            long ownThreshold = Math.max(1, (long) Math.floor(shownValue(row(browser, "CSAT_PERCENT"))) - 10);
            row(browser, "CSAT_PERCENT").findElement(By.cssSelector("[data-action='override']")).click();
            browser.waitFor("#xla-target-form");
            setValue(browser, "#xla-tf-threshold", String.valueOf(ownThreshold));
            browser.find("#xla-tf-save").click();
            browser.waitFor("#xla-targets-table tr[data-metric='CSAT_PERCENT'] [data-action='delete']");
            WebElement own = row(browser, "CSAT_PERCENT");
            assertThat(own.getText()).doesNotContain("(default)").contains("at least " + ownThreshold + ".0");
            assertThat(own.findElement(By.cssSelector(".aui-lozenge")).getAttribute("data-status")).isEqualTo("MET");
            browser.screenshot("targets-own-target-en", browser.find("#xla-targets-page"));

            // Deleting it brings the default back.
            own.findElement(By.cssSelector("[data-action='delete']")).click();
            browser.waitFor("dialog.xla-dialog .aui-button-primary").click();
            browser.waitFor("#xla-targets-table tr[data-metric='CSAT_PERCENT'] [data-action='override']");
            assertThat(row(browser, "CSAT_PERCENT").getText()).contains("(default)");
            assertThat(browser.consoleErrors(TargetsBrowserTest::isExpected)).isEmpty();
        }
    }

    @Test
    void thePageInDutch() {
        try (Browser browser = Browser.start("nl")) {
            browser.logIn(server.baseUrl() + PAGE, DemoUsers.SERVICE_MANAGER);
            browser.waitFor("#xla-targets-table");
            assertThat(browser.find("h1").getText()).isEqualTo("XLA-doelen van Stichting Thuiszorg Rivierenland");
            assertThat(row(browser, "CSAT_PERCENT").findElement(By.cssSelector(".aui-lozenge")).getText())
                    .isEqualToIgnoringCase("Niet gehaald");
            browser.screenshot("targets-nl", browser.find("#xla-targets-page"));

            // The history dialog in Dutch: the demo data's evaluation left at least the first change.
            row(browser, "CSAT_PERCENT").findElement(By.cssSelector("[data-action='history']")).click();
            browser.waitFor("dialog.xla-dialog #xla-history-table tbody tr");
            assertThat(browser.find("dialog.xla-dialog h2").getText()).startsWith("Geschiedenis van de status: CSAT %");
            assertThat(browser.find("#xla-history-table thead").getText()).contains("Wijziging van de status");
            assertThat(browser.find("#xla-history-table tbody tr:last-child").getText()).contains("eerste beoordeling");
            assertThat(browser.find("#xla-history-close").getText()).isEqualTo("Sluiten");
            browser.screenshot("targets-history-nl", browser.find("dialog.xla-dialog"));
            browser.find("#xla-history-close").click();
            browser.waitUntilGone("dialog.xla-dialog");
            assertThat(browser.consoleErrors(TargetsBrowserTest::isExpected)).isEmpty();
        }
    }

    @Test
    void anAgentReadsTheStatusesOnly() {
        try (Browser browser = Browser.start("en")) {
            browser.logIn(server.baseUrl() + PAGE, DemoUsers.AGENT);
            browser.waitFor("#xla-targets-table");
            assertThat(browser.findAll("#xla-target-add")).isEmpty();
            // Reading a target's status history is all an agent may do with it.
            assertThat(browser.findAll("#xla-targets-table [data-action]:not([data-action='history'])")).isEmpty();
            assertThat(browser.findAll("#xla-targets-table [data-action='history']")).hasSizeGreaterThanOrEqualTo(5);
            assertThat(browser.findAll("#xla-targets-table tbody tr")).hasSizeGreaterThanOrEqualTo(5);

            // The experience panel beside the SLA panel shows the same statuses as lozenges with text.
            browser.open(server.baseUrl() + "/browse/STR-101");
            browser.waitFor("#xla-experience-panel .xla-panel-targets");
            WebElement csat = browser.find("#xla-experience-panel .xla-panel-targets li[data-status='BREACHED']");
            assertThat(csat.getText()).containsIgnoringCase("Breached").contains("CSAT %");
            browser.screenshot("targets-experience-panel-en", browser.find("#xla-experience-panel"));

            browser.open(server.baseUrl() + "/plugins/servlet/xla/targets?id=" + DemoOrganisations.WATERLAND);
            browser.waitFor(".aui-message, h1");
            assertThat(browser.findAll("#xla-targets-page")).isEmpty();
            assertThat(browser.consoleErrors(TargetsBrowserTest::isExpected)).isEmpty();
        }
    }

    private static void setValue(Browser browser, String css, String value) {
        WebElement input = browser.find(css);
        input.clear();
        input.sendKeys(value);
    }

    /**
     * The HTTP 400 of the out-of-range threshold and the 404 page of an organisation the agent may not
     * see (Chromium logs failed requests), and the favicon.
     */
    private static boolean isExpected(String message) {
        return message.contains("/targets") && message.contains("status of 400")
                || message.contains("/xla/targets?id=" + DemoOrganisations.WATERLAND) && message.contains("status of 404")
                || message.startsWith(server.baseUrl().replace("/jira", "") + "/favicon.ico ");
    }
}
