package nl.xlascorecard.sandbox.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import nl.xlascorecard.sandbox.SandboxServer;

/**
 * The host's pages in a real browser (Debian Chromium, headless): AUI and jQuery load without
 * errors, AJS.contextPath() works, the header and the banner are visible, log-in and language
 * switch work, and a plugin script gets its texts from the jsI18n transformation.
 */
class HostPagesBrowserTest {

    @TempDir
    static Path data;
    static SandboxServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(TestPlugin.config(data));
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--lang=en");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
                .build(), options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        server.stop();
    }

    private static void waitUntil(ExpectedCondition<?> condition) {
        // A click that loads a new page can replace the element between finding and reading it.
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class).until(condition);
    }

    private static List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    private static void screenshot(String name) throws IOException {
        Path directory = Path.of(System.getProperty("xla.screenshots.dir", "target/screenshots"));
        Files.createDirectories(directory);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), directory.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void logInThenADecoratedPluginPageWorksWithoutScriptErrors() throws IOException {
        browser.get(server.baseUrl() + "/plugins/servlet/xla/test/decorated?title=Hello");
        assertThat(browser.getCurrentUrl()).contains("/jira/login.jsp?os_destination=");
        assertThat(browser.findElement(By.id("sandbox-banner")).getText()).isEqualTo("XLA Scorecard sandbox \u2014 not Jira. Demo data only.");
        screenshot("host-login-en");

        browser.findElement(By.id("login-form-username")).sendKeys("admin");
        browser.findElement(By.id("login-form-password")).sendKeys("admin");
        browser.findElement(By.id("login-form-submit")).click();
        waitUntil(ExpectedConditions.urlContains("/jira/plugins/servlet/xla/test/decorated"));

        assertThat(browser.getCurrentUrl()).endsWith("/jira/plugins/servlet/xla/test/decorated?title=Hello");
        assertThat(browser.findElement(By.id("page-title")).getText()).isEqualTo("Hello");
        WebElement user = browser.findElement(By.id("header-user"));
        assertThat(user.isDisplayed()).isTrue();
        assertThat(user.getText()).isEqualTo("Anne Admin");
        assertThat(user.getCssValue("color")).as("the name is readable on the header").isNotEqualTo(
                browser.findElement(By.cssSelector(".aui-header")).getCssValue("background-color"));
        assertThat(browser.executeScript("return AJS.contextPath();")).isEqualTo("/jira");
        assertThat((String) browser.executeScript("return window.jQuery.fn.jquery;")).startsWith("3.");
        assertThat(browser.executeScript("return window.sandboxTest[0] + '|' + window.sandboxTest[1];"))
                .isEqualTo("XLA Scorecard|sandbox.test.args");
        screenshot("host-decorated-en");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void theLanguageSwitchInTheHeaderChangesThePage() throws IOException {
        browser.get(server.baseUrl() + "/login.jsp");
        browser.findElement(By.id("lang-nl")).click();
        waitUntil(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "nl"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Inloggen op de XLA Scorecard-sandbox");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
        screenshot("host-login-nl");

        browser.findElement(By.id("lang-en")).click();
        waitUntil(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Log in to the XLA Scorecard sandbox");
        assertThat(consoleErrors()).isEmpty();
    }
}
