package nl.xlascorecard.sandbox.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;

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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with the browser console kept so a test can fail
 * on JavaScript errors. The driver path is set explicitly, so Selenium Manager never tries to
 * download a browser or driver. Public so the browser tests of each feature (sub-packages) share it.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path screenshots;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
        // A click that loads a new page or re-renders a list can replace an element between finding
        // and reading it: the wait then simply looks again.
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.wait.ignoring(StaleElementReferenceException.class);
        this.screenshots = Path.of(System.getProperty("xla.screenshots.dir", "target/screenshots"));
    }

    /** A browser whose preferred language is {@code language} ("en" or "nl"). */
    public static Browser start(String language) {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,2200", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options));
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /**
     * Opens {@code url}, which sends a visitor to the log-in form, logs in as the demo user (password
     * = user name) and waits for the page behind it.
     */
    public void logIn(String url, String user) {
        open(url);
        waitFor("#login-form-username").sendKeys(user);
        find("#login-form-password").sendKeys(user);
        find("#login-form-submit").click();
        waitFor("#header-user");
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public WebElement waitFor(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public WebElement waitForClickable(String css) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
    }

    public void waitUntilGone(String css) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(css)));
    }

    public void waitForText(String css, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    public Object script(String javascript, Object... args) {
        return driver.executeScript(javascript, args);
    }

    /** Saves a PNG of the visible page as {@code <name>.png} in the screenshot directory. */
    public Path screenshot(String name) {
        return save(name, driver.getScreenshotAs(OutputType.FILE));
    }

    /** Saves a PNG of one element (it is scrolled into view first). */
    public Path screenshot(String name, WebElement element) {
        script("arguments[0].scrollIntoView({block: 'start'});", element);
        return save(name, element.getScreenshotAs(OutputType.FILE));
    }

    private Path save(String name, File file) {
        try {
            Files.createDirectories(screenshots);
            Path target = screenshots.resolve(name + ".png");
            Files.copy(file.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The browser console's errors since the last call, except those {@code expected} accepts
     * (e.g. Chromium's own line for an HTTP 400 the test provoked on purpose).
     */
    public List<String> consoleErrors(Predicate<String> expected) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(expected.negate())
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
