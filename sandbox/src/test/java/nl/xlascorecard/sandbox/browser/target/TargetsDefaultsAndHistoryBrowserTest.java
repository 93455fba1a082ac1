package nl.xlascorecard.sandbox.browser.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import nl.xlascorecard.sandbox.SandboxConfig;
import nl.xlascorecard.sandbox.SandboxServer;
import nl.xlascorecard.sandbox.auth.DemoUsers;
import nl.xlascorecard.sandbox.browser.Browser;
import nl.xlascorecard.sandbox.servicedesk.DemoOrganisations;

/**
 * The default targets page and the status history dialog in a real headless Chromium against the
 * sandbox with its demo data (a sandbox of its own, as the administrator changes a default that
 * {@link TargetsBrowserTest} reads): the administrator changes the CSAT default's threshold on the
 * defaults page and an organisation's targets page shows the new default; a service manager follows
 * the "default" hint to the same page and reads the defaults without any way to change them; the
 * history dialog of an own target whose status the test flips lists the changes newest first as
 * lozenges with text, and "Show more" pages through them. Screenshots under target/screenshots.
 */
class TargetsDefaultsAndHistoryBrowserTest {

    private static final String DEFAULTS = "/plugins/servlet/xla/targets/defaults";
    private static final String TARGETS = "/plugins/servlet/xla/targets?id=";

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

    @Test
    void anAdministratorChangesADefaultAndOrganisationsShowIt() {
        try (Browser browser = Browser.start("en")) {
            browser.logIn(server.baseUrl() + DEFAULTS, DemoUsers.ADMIN);
            browser.waitFor("#xla-targets-table");
            assertThat(browser.find("h1").getText()).isEqualTo("Default XLA targets");
            assertThat(browser.find("#xla-targets-table thead").getText()).contains("Minimum data points")
                    .doesNotContain("Status");
            WebElement csat = row(browser, "CSAT_PERCENT");
            assertThat(csat.getText()).contains("at least 90.0").contains("last 90 days").doesNotContain("(default)");

            csat.findElement(By.cssSelector("[data-action='edit']")).click();
            browser.waitFor("#xla-target-form");
            assertThat(browser.find("#xla-tf-threshold").getAttribute("value")).isIn("90", "90.0");
            setValue(browser, "#xla-tf-threshold", "85");
            browser.find("#xla-tf-save").click();
            browser.waitForText("#xla-targets-table tr[data-metric='CSAT_PERCENT']", "at least 85.0");
            assertThat(browser.find("#xla-status").getText()).contains("next evaluation");
            browser.screenshot("targets-defaults-en", browser.find("#xla-targets-page"));

            // Every organisation without its own CSAT target now shows the new default.
            browser.open(server.baseUrl() + TARGETS + DemoOrganisations.WATERLAND);
            browser.waitFor("#xla-targets-table");
            assertThat(row(browser, "CSAT_PERCENT").getText()).contains("(default)").contains("at least 85.0");
            assertThat(browser.consoleErrors(TargetsDefaultsAndHistoryBrowserTest::isExpected)).isEmpty();
        }
    }

    @Test
    void aServiceManagerReadsTheDefaultsOnly() {
        try (Browser browser = Browser.start("en")) {
            browser.logIn(server.baseUrl() + TARGETS + DemoOrganisations.DE_LINDE, DemoUsers.SERVICE_MANAGER);
            browser.waitFor("#xla-targets-table");
            assertThat(browser.find("#xla-defaults-hint").getText()).contains("for all organisations at once");
            browser.find("#xla-defaults-link").click();
            browser.waitFor("#xla-targets-table");
            assertThat(browser.driver().getCurrentUrl()).endsWith(DEFAULTS);
            assertThat(browser.find("h1").getText()).isEqualTo("Default XLA targets");
            assertThat(browser.find("#xla-defaults-readonly").isDisplayed()).isTrue();
            assertThat(browser.findAll("#xla-targets-table tbody tr")).hasSizeGreaterThanOrEqualTo(5);
            assertThat(browser.findAll("#xla-target-add")).isEmpty();
            assertThat(browser.findAll("#xla-targets-table [data-action]")).isEmpty();
            assertThat(browser.findAll("#xla-target-form")).isEmpty();
            browser.screenshot("targets-defaults-readonly-en", browser.find("#xla-targets-page"));
            assertThat(browser.consoleErrors(TargetsDefaultsAndHistoryBrowserTest::isExpected)).isEmpty();
        }
    }

    @Test
    void theHistoryDialogListsTheStatusChangesNewestFirst() {
        try (Browser browser = Browser.start("en")) {
            browser.logIn(server.baseUrl() + TARGETS + DemoOrganisations.RIVIERENLAND, DemoUsers.SERVICE_MANAGER);
            browser.waitFor("#xla-targets-table");
            long value = (long) Math.floor(shownValue(row(browser, "CSAT_PERCENT")));
            long met = Math.max(1, value - 10);
            long breached = Math.min(100, value + 10);

            // An own CSAT target below the organisation's CSAT (met), then above it (breached).
            row(browser, "CSAT_PERCENT").findElement(By.cssSelector("[data-action='override']")).click();
            browser.waitFor("#xla-target-form");
            setValue(browser, "#xla-tf-threshold", String.valueOf(met));
            browser.find("#xla-tf-save").click();
            browser.waitFor("#xla-targets-table tr[data-metric='CSAT_PERCENT'] [data-action='edit']").click();
            browser.waitFor("#xla-target-form");
            setValue(browser, "#xla-tf-threshold", String.valueOf(breached));
            browser.find("#xla-tf-save").click();
            browser.waitFor("#xla-targets-table tr[data-metric='CSAT_PERCENT'] [data-status='BREACHED']");

            row(browser, "CSAT_PERCENT").findElement(By.cssSelector("[data-action='history']")).click();
            browser.waitFor("dialog.xla-dialog #xla-history-table tbody tr");
            WebElement dialog = browser.find("dialog.xla-dialog");
            assertThat(dialog.findElement(By.cssSelector("h2")).getText())
                    .isEqualTo("Status history: CSAT % (ratings of 4-5 stars)");
            List<WebElement> changes = dialog.findElements(By.cssSelector("#xla-history-table tbody tr"));
            assertThat(changes).hasSize(2);
            assertThat(changes.get(0).getAttribute("data-from")).isEqualTo("MET");
            assertThat(changes.get(0).getAttribute("data-to")).isEqualTo("BREACHED");
            List<WebElement> lozenges = changes.get(0).findElements(By.cssSelector(".aui-lozenge"));
            assertThat(lozenges).extracting(l -> l.getText().toLowerCase(Locale.ROOT)).containsExactly("met", "breached");
            assertThat(lozenges.get(1).getAttribute("class")).contains("aui-lozenge-removed");
            assertThat(changes.get(0).getText()).contains("(n = ");
            // The first evaluation has no "from": it says so in words.
            assertThat(changes.get(1).getText()).contains("first evaluation");
            assertThat(changes.get(1).getAttribute("data-to")).isEqualTo("MET");
            assertThat(dialog.findElement(By.cssSelector(".xla-history-count")).getText())
                    .isEqualTo("2 of 2 shown, newest first.");
            assertThat(browser.find("#xla-history-more").isDisplayed()).isFalse();
            browser.screenshot("targets-history-en", dialog);
            browser.find("#xla-history-close").click();
            browser.waitUntilGone("dialog.xla-dialog");

            // Ten more flips over REST: twelve changes, ten on the first page, "Show more" brings the rest.
            String path = "/rest/xla-scorecard/1.0/organisations/" + DemoOrganisations.RIVIERENLAND + "/targets/"
                    + row(browser, "CSAT_PERCENT").getAttribute("data-target-id");
            for (int i = 0; i < 10; i++) {
                assertThat(server.client(DemoUsers.SERVICE_MANAGER).put(path, csatTarget(i % 2 == 0 ? met : breached))
                        .statusCode()).isEqualTo(200);
            }
            browser.open(server.baseUrl() + TARGETS + DemoOrganisations.RIVIERENLAND);
            browser.waitFor("#xla-targets-table tr[data-metric='CSAT_PERCENT'] [data-action='history']").click();
            browser.waitFor("dialog.xla-dialog #xla-history-table tbody tr");
            assertThat(browser.findAll("#xla-history-table tbody tr")).hasSize(10);
            assertThat(browser.find(".xla-history-count").getText()).isEqualTo("10 of 12 shown, newest first.");
            browser.find("#xla-history-more").click();
            browser.waitForText(".xla-history-count", "12 of 12");
            List<WebElement> all = browser.findAll("#xla-history-table tbody tr");
            assertThat(all).hasSize(12);
            assertThat(all.get(11).getText()).contains("first evaluation");
            assertThat(all.get(0).getAttribute("data-to")).isEqualTo("BREACHED");
            assertThat(browser.find("#xla-history-more").isDisplayed()).isFalse();
            assertThat(browser.consoleErrors(TargetsDefaultsAndHistoryBrowserTest::isExpected)).isEmpty();
        }
    }

    private static String csatTarget(long threshold) {
        return "{\"metric\":\"CSAT_PERCENT\",\"category\":null,\"comparison\":\"AT_LEAST\",\"threshold\":" + threshold
                + ",\"warningMargin\":3,\"window\":{\"kind\":\"ROLLING_DAYS\",\"days\":90},\"minimumDataPoints\":10}";
    }

    /** The measured value a target row shows, as in "48.2 (n = 27 of at least 10)". */
    private static double shownValue(WebElement row) {
        Matcher value = Pattern.compile("(\\d+(?:\\.\\d+)?) \\(n = ").matcher(row.getText());
        assertThat(value.find()).as("a measured value in: %s", row.getText()).isTrue();
        return Double.parseDouble(value.group(1));
    }

    private static void setValue(Browser browser, String css, String value) {
        WebElement input = browser.find(css);
        input.clear();
        input.sendKeys(value);
    }

    private static boolean isExpected(String message) {
        return message.startsWith(server.baseUrl().replace("/jira", "") + "/favicon.ico ");
    }
}
