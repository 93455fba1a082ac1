package nl.xlascorecard.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

import nl.xlascorecard.sandbox.SandboxConfig;
import nl.xlascorecard.sandbox.SandboxServer;
import nl.xlascorecard.sandbox.auth.DemoUsers;

/**
 * The administrator's template editor in headless Chromium, in Dutch (the language whose text is
 * edited, so the version view shows it): a blank text is refused next to its field, a real edit is
 * saved as the next version, and the older version can still be read unchanged.
 */
class TemplateEditorBrowserTest {

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
    void anAdministratorSavesAnEditedStatementAsANewVersion() {
        try (Browser browser = Browser.start("nl")) {
            browser.open(server.baseUrl() + "/plugins/servlet/xla/admin/template");
            browser.waitFor("#login-form-username").sendKeys(DemoUsers.ADMIN);
            browser.find("#login-form-password").sendKeys(DemoUsers.ADMIN);
            browser.find("#login-form-submit").click();

            browser.waitFor("#xla-template-form");
            assertThat(browser.find("#xla-template-version").getText()).startsWith("Versie 1");
            assertThat(browser.findAll(".xla-category-fieldset")).hasSize(5);
            assertThat(browser.findAll(".xla-template-statement")).hasSize(25);

            // A blank Dutch text is refused next to that field; nothing is saved.
            WebElement dutch = browser.find("#xla-t-COM_2-nl");
            String original = dutch.getAttribute("value");
            dutch.clear();
            browser.find("#xla-template-save").click();
            WebElement error = browser.waitFor(".xla-field-error");
            assertThat(dutch.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(dutch.getAttribute("aria-describedby")).isEqualTo(error.getAttribute("id"));
            assertThat(browser.find("#xla-template-version").getText()).startsWith("Versie 1");
            browser.screenshot("template-error-nl", browser.find("[data-key='COM_2']"));

            String edited = original + " <b>(herzien)</b>";
            dutch.sendKeys(edited);
            browser.find("#xla-template-save").click();
            browser.waitForText("#xla-template-version", "Versie 2");
            assertThat(browser.find("#xla-t-COM_2-nl").getAttribute("value")).isEqualTo(edited);
            assertThat(browser.findAll("[data-version]")).hasSize(2);

            // Version 1 is still there, unchanged, and the edit's markup stays text.
            browser.find("[data-version='1']").click();
            browser.waitForText("#xla-template-version-view", "Versie 1");
            assertThat(browser.find("#xla-template-version-view").getText()).doesNotContain("(herzien)");
            browser.find("[data-version='2']").click();
            browser.waitForText("#xla-template-version-view", "Versie 2");
            assertThat(browser.find("#xla-template-version-view").getText()).contains("<b>(herzien)</b>");
            assertThat(browser.findAll("#xla-template-version-view b")).isEmpty();
            browser.screenshot("template-editor-nl");

            assertThat(browser.consoleErrors(message -> message.contains("/rest/xla-scorecard/1.0/template ")
                    && message.contains("status of 400")
                    || message.startsWith(server.baseUrl().replace("/jira", "") + "/favicon.ico "))).isEmpty();
        }
    }
}
