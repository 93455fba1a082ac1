package nl.xlascorecard.sandbox.browser.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

import nl.xlascorecard.sandbox.SandboxConfig;
import nl.xlascorecard.sandbox.SandboxServer;
import nl.xlascorecard.sandbox.auth.DemoUsers;
import nl.xlascorecard.sandbox.browser.Browser;

/**
 * The general settings page (the app's "Configure" page) in a real headless Chromium against the
 * sandbox: the administrator, sent through the log-in form, sees the stored settings; an attention
 * threshold of 0 shows the API's message next to the field and nothing is saved (read back over
 * REST); a valid change is saved, announced and still there after a reload. The "Configuration"
 * list leads to the follow-up settings. The page in Dutch, and the service manager's 403 page.
 * Screenshots in English and Dutch; the pages that only read run first, so their screenshots show
 * the defaults. Fails on any JavaScript console error except the one HTTP 400 the test provokes on
 * purpose.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeneralSettingsBrowserTest {

    private static final String SETTINGS_PAGE = "/plugins/servlet/xla/admin/settings";
    private static final String SETTINGS_REST = "/rest/xla-scorecard/1.0/settings";

    @TempDir
    static Path data;

    private static SandboxServer server;

    @BeforeAll
    static void startSandbox() {
        server = SandboxServer.start(SandboxConfig.forTests(data));
    }

    @AfterAll
    static void stopSandbox() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    @Order(3)
    void administratorChangesTheAttentionThreshold() {
        try (Browser browser = Browser.start("en")) {
            browser.logIn(server.baseUrl() + SETTINGS_PAGE, DemoUsers.ADMIN);
            browser.waitFor("#xla-gs-form");
            assertThat(browser.find("#xla-gs-group").getAttribute("value")).isEqualTo("xla-service-managers");
            assertThat(browser.find("#xla-gs-limit").isSelected()).isFalse();
            assertThat(browser.find("#xla-gs-groupsize").getAttribute("value")).isEqualTo("5");
            WebElement threshold = browser.find("#xla-gs-threshold");
            assertThat(threshold.getAttribute("value")).isEqualTo("60");
            browser.screenshot("settings-en", browser.find("#xla-general-settings"));

            // An attention threshold of 0: the API's message appears next to the field, nothing is saved.
            threshold.clear();
            threshold.sendKeys("0");
            browser.find("#xla-gs-save").click();
            WebElement error = browser.waitFor("#xla-gs-form .xla-field-error");
            assertThat(error.getText()).isNotBlank();
            assertThat(browser.findAll("#xla-gs-form .xla-field-error")).hasSize(1);
            assertThat(threshold.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(threshold.getAttribute("aria-describedby")).isEqualTo(error.getAttribute("id"));
            assertThat(browser.driver().switchTo().activeElement()).isEqualTo(threshold);
            assertThat(browser.findAll("#xla-status .aui-message-success")).isEmpty();
            assertThat(storedSettings()).contains("\"attentionThreshold\":60");
            browser.screenshot("settings-error-en", browser.find("#xla-general-settings"));

            // A valid change: saved, announced, and still there after a reload.
            threshold.clear();
            threshold.sendKeys("65");
            // AUI draws the box on the label (the input itself is visually hidden), so a user clicks the label.
            browser.find("label[for='xla-gs-limit']").click();
            assertThat(browser.find("#xla-gs-limit").isSelected()).isTrue();
            browser.find("#xla-gs-save").click();
            browser.waitFor("#xla-status .aui-message-success");
            assertThat(browser.find("#xla-status").getText()).contains("The settings have been saved.");
            assertThat(browser.findAll("#xla-gs-form .xla-field-error")).isEmpty();
            assertThat(storedSettings()).contains("\"limitServiceManagersToOwnOrganisations\":true")
                    .contains("\"attentionThreshold\":65");

            browser.open(server.baseUrl() + SETTINGS_PAGE);
            browser.waitFor("#xla-gs-form");
            assertThat(browser.find("#xla-gs-threshold").getAttribute("value")).isEqualTo("65");
            assertThat(browser.find("#xla-gs-limit").isSelected()).isTrue();
            assertThat(browser.find("#xla-config-settings").getAttribute("aria-current")).isEqualTo("page");
            browser.screenshot("settings-saved-en", browser.find("#xla-general-settings"));

            // The "Configuration" list leads to the other configuration pages.
            browser.find("#xla-config-followups").click();
            browser.waitFor("#xla-fs-form");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/plugins/servlet/xla/admin/followups");
            assertThat(browser.consoleErrors(GeneralSettingsBrowserTest::isExpected)).isEmpty();
        }
    }

    @Test
    @Order(1)
    void thePageIsInDutchForADutchAdministrator() {
        try (Browser browser = Browser.start("nl")) {
            browser.logIn(server.baseUrl() + SETTINGS_PAGE, DemoUsers.ADMIN);
            browser.waitFor("#xla-gs-form");
            assertThat(browser.find("#xla-general-settings h1").getText()).isEqualTo("Instellingen XLA Scorecard");
            assertThat(browser.find("label[for='xla-gs-threshold']").getText()).isEqualTo("Aandachtsdrempel (1-100)");
            assertThat(browser.find("#xla-gs-save").getText()).isEqualTo("Instellingen opslaan");
            assertThat(browser.find("#xla-gs-threshold").getAttribute("value")).isEqualTo("60");
            assertThat(browser.find("#xla-config-template").getText()).isEqualTo("Scorecardsjabloon");
            browser.screenshot("settings-nl", browser.find("#xla-general-settings"));
            assertThat(browser.consoleErrors(GeneralSettingsBrowserTest::isExpected)).isEmpty();
        }
    }

    @Test
    @Order(2)
    void aServiceManagerGetsTheNoAccessPage() {
        try (Browser browser = Browser.start("en")) {
            browser.logIn(server.baseUrl() + SETTINGS_PAGE, DemoUsers.SERVICE_MANAGER);
            WebElement message = browser.waitFor("#xla-message-page");
            assertThat(message.getText()).contains("No access")
                    .contains("Only Jira administrators can change the settings of XLA Scorecard.");
            assertThat(browser.findAll("#xla-general-settings")).isEmpty();
            assertThat(browser.findAll("#nav-admin")).isEmpty();
            browser.screenshot("settings-forbidden-en", message);
        }
    }

    /** The settings as the REST API returns them to an administrator. */
    private static String storedSettings() {
        var response = server.client(DemoUsers.ADMIN).get(SETTINGS_REST);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /**
     * Console lines that are no fault of the page: the HTTP 400 of the invalid threshold (Chromium
     * logs every failed request), and Chromium asking the host root for a favicon.
     */
    private static boolean isExpected(String message) {
        return message.contains("/settings") && message.contains("status of 400")
                || message.startsWith(server.baseUrl().replace("/jira", "") + "/favicon.ico ");
    }
}
