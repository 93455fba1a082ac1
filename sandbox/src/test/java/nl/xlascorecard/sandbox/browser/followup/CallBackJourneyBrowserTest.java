package nl.xlascorecard.sandbox.browser.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import nl.xlascorecard.core.followup.domain.CallOutcome;
import nl.xlascorecard.core.followup.domain.FollowUpState;
import nl.xlascorecard.core.followup.domain.FollowUpView;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.sandbox.SandboxConfig;
import nl.xlascorecard.sandbox.SandboxServer;
import nl.xlascorecard.sandbox.auth.DemoUsers;
import nl.xlascorecard.sandbox.browser.Browser;

/**
 * The call-back of an unhappy customer in a real headless Chromium against the sandbox with its
 * demo data: the demo customer gives one star with a comment full of markup on the rating page;
 * the agent opens the request and sees the rating and the open follow-up in the experience panel
 * beside the SLA panel; the service manager finds it in the follow-up queue with a running (or,
 * outside business hours, paused) countdown, logs a call (a field error first, then "reached"
 * with notes and what was agreed), after which the queue no longer lists it and the panel shows
 * it done. Screenshots of each step, in English, and of the queue in Dutch; a second test takes
 * the administrator's follow-up settings page. Fails on any JavaScript console error except the
 * one HTTP 400 the test provokes on purpose.
 */
class CallBackJourneyBrowserTest {

    private static final String RATING_PAGE = "/servicedesk/customer/ratings";
    private static final String QUEUE_PAGE = "/plugins/servlet/xla/followups";
    private static final String SETTINGS_PAGE = "/plugins/servlet/xla/admin/followups";
    private static final String COMMENT = "Nobody called back. <b>HTML</b> & no answer";
    private static final String NOTES = "Called the ICT manager; the printer had been broken for two days.";
    private static final String AGREED = "Spare printer on site within 4 hours from now on.";
    private static final Caller SERVICE_MANAGER = DemoUsers.find(DemoUsers.SERVICE_MANAGER).orElseThrow().caller();

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
    void anUnhappyCustomerIsCalledBack() {
        String key = customerGivesOneStar();
        agentSeesTheRatingAndTheOpenFollowUp(key);
        serviceManagerLogsTheCall(key);
        dutchQueue(key);
    }

    @Test
    void administratorOpensTheFollowUpSettings() {
        try (Browser browser = Browser.start("en")) {
            browser.logIn(server.baseUrl() + SETTINGS_PAGE, DemoUsers.ADMIN);
            browser.waitFor("#xla-fs-form");
            assertThat(browser.find("#xla-fs-threshold").getAttribute("value")).isEqualTo("2");
            assertThat(browser.find("#xla-fs-zone").getAttribute("value")).isEqualTo("Europe/Amsterdam");
            assertThat(browser.find("#xla-fs-holidays").getAttribute("value")).contains("2026-12-25");
            browser.screenshot("followup-settings-en", browser.find("#xla-followup-settings"));
            assertThat(browser.consoleErrors(CallBackJourneyBrowserTest::isExpected)).isEmpty();
        }
    }

    /** The customer rates the first of their unrated requests with one star; returns its key. */
    private static String customerGivesOneStar() {
        try (Browser browser = Browser.start("en")) {
            browser.logIn(server.baseUrl() + RATING_PAGE, DemoUsers.CUSTOMER);
            browser.waitFor(".sandbox-rating-form");
            WebElement unrated = browser.findAll("section.sandbox-rating").stream()
                    .filter(section -> section.findElement(By.cssSelector(".sandbox-rating-meta")).getText().contains("Not rated yet."))
                    .findFirst().orElseThrow(() -> new AssertionError("the demo customer has unrated requests"));
            String key = unrated.getAttribute("id").substring("request-".length());
            assertThat(server.app().followUps().forRequest(SERVICE_MANAGER, key)).isEmpty();

            browser.find("label[for='rating-" + key + "-1']").click();
            browser.find("#comment-" + key).sendKeys(COMMENT);
            browser.screenshot("rating-form-en", unrated);
            browser.find("#submit-" + key).click();

            WebElement thanks = browser.waitFor("#rating-thanks");
            assertThat(thanks.getText()).contains(key);
            assertThat(browser.find("#rating-" + key + "-1").isSelected()).isTrue();
            assertThat(browser.find("#comment-" + key).getAttribute("value")).isEqualTo(COMMENT);
            assertThat(browser.find("#request-" + key + " .sandbox-rating-meta").getText()).contains("Your rating: 1 of 5 stars.");
            // The page is long (every resolved request); the top shows the thanks and the header.
            browser.driver().manage().window().setSize(new Dimension(1280, 640));
            browser.screenshot("rating-thanks-en");
            assertThat(browser.consoleErrors(CallBackJourneyBrowserTest::isExpected)).isEmpty();
            return key;
        }
    }

    private static void agentSeesTheRatingAndTheOpenFollowUp(String key) {
        try (Browser browser = Browser.start("en")) {
            browser.logIn(server.baseUrl() + "/browse/" + key, DemoUsers.AGENT);
            WebElement panel = browser.waitFor("#xla-experience-panel");

            // Beside the SLA panel: both in the right-hand column, the SLA panel first.
            Object order = browser.script("var side = document.getElementById('viewissuesidebar');"
                    + "var sla = side && side.querySelector('#sla-panel');"
                    + "var xla = side && side.querySelector('#web-panel-xla-experience-panel');"
                    + "return sla && xla ? sla.compareDocumentPosition(xla) : -1;");
            assertThat(((Number) order).intValue() & 4).as("the experience panel follows the SLA panel").isEqualTo(4);
            assertThat(browser.find("#web-panel-xla-experience-panel-heading").getText()).isEqualTo("Customer experience");

            assertThat(browser.find("#xla-panel-stars-text").getText()).isEqualTo("1 of 5 stars");
            WebElement comment = browser.find("#xla-panel-comment");
            assertThat(comment.getText()).isEqualTo(COMMENT);
            assertThat(comment.findElements(By.tagName("b"))).as("the comment's markup is text").isEmpty();

            assertThat(browser.find("#xla-panel-followup-state").getAttribute("textContent")).isEqualTo("Open");
            WebElement countdown = panel.findElement(By.cssSelector("#xla-panel-followup .xla-countdown"));
            assertThat(countdown.getText()).endsWith(" left");
            assertThat(countdown.getAttribute("class")).doesNotContain("xla-overdue");
            assertThat(browser.findAll("#xla-panel-log-call")).hasSize(1);
            // Its owner by name (the organisation's service manager), not by user key.
            assertThat(browser.find("#xla-panel-followup-owner").getText()).isEqualTo("Owner: Sanne de Vries");
            assertThat(panel.findElement(By.cssSelector(".xla-panel-organisation")).getText()).contains("Noorderlicht");
            assertThat(browser.findAll(".xla-panel-open-list li[data-follow-up-id] a")).extracting(WebElement::getText).contains(key);

            browser.screenshot("request-view-en", browser.find(".sandbox-issue"));
            browser.screenshot("experience-panel-open-en", browser.find("#web-panel-xla-experience-panel"));
            assertThat(browser.consoleErrors(CallBackJourneyBrowserTest::isExpected)).isEmpty();
        }
    }

    private static void serviceManagerLogsTheCall(String key) {
        try (Browser browser = Browser.start("en")) {
            browser.logIn(server.baseUrl() + QUEUE_PAGE, DemoUsers.SERVICE_MANAGER);
            String row = "#xla-queue tr[data-request-key='" + key + "']";
            WebElement queued = browser.waitFor(row);
            assertThat(queued.getAttribute("class")).doesNotContain("xla-row-overdue");
            assertThat(queued.getText()).contains("Noorderlicht").contains("1 of 5 stars").contains("Not called yet")
                    .contains("Sanne de Vries").doesNotContain(DemoUsers.SERVICE_MANAGER);
            WebElement countdown = queued.findElement(By.cssSelector(".xla-countdown"));
            assertThat(countdown.getText()).matches("(\\d+d )?(\\d+h )?\\d+m left");
            assertThat(countdown.getAttribute("class")).doesNotContain("xla-overdue");
            // The demo data keeps one overdue follow-up, which comes first (least time left).
            assertThat(browser.find("#xla-queue tbody tr:first-child").getAttribute("class")).contains("xla-row-overdue");
            assertThat(browser.find("#xla-queue tbody tr:first-child .xla-countdown").getText()).startsWith("Overdue by ");
            browser.waitFor("#xla-metrics .xla-metrics-table");
            browser.screenshot("followup-queue-en", browser.find("#xla-followup-queue"));

            // First a bad number of attempts: the API's message appears next to the field, nothing is saved.
            queued.findElement(By.cssSelector(".xla-log-call")).click();
            WebElement dialog = browser.waitFor("dialog.xla-dialog");
            assertThat(dialog.getText()).contains("Log call for " + key);
            WebElement attempts = browser.find("#xla-call-attempts");
            attempts.clear();
            attempts.sendKeys("0");
            browser.find("#xla-call-notes").sendKeys(NOTES);
            browser.find("#xla-call-agreement").sendKeys(AGREED);
            browser.find("#xla-call-submit").click();
            WebElement error = browser.waitFor("#xla-call-form .xla-field-error");
            assertThat(attempts.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(attempts.getAttribute("aria-describedby")).isEqualTo(error.getAttribute("id"));
            assertThat(browser.driver().switchTo().activeElement()).isEqualTo(attempts);
            assertThat(browser.findAll("#xla-call-form .xla-field-error")).hasSize(1);
            assertThat(server.app().followUps().forRequest(SERVICE_MANAGER, key).orElseThrow().followUp().attempts()).isZero();
            browser.screenshot("log-call-error-en", dialog);

            attempts.clear();
            attempts.sendKeys("1");
            assertThat(browser.find("#xla-call-outcome-REACHED").isSelected()).isTrue();
            browser.screenshot("log-call-en", dialog);
            browser.find("#xla-call-submit").click();
            browser.waitUntilGone("dialog.xla-dialog");

            // The queue is reloaded: the follow-up is done, so it is gone from the list.
            browser.waitFor("#xla-status .aui-message-success");
            assertThat(browser.find("#xla-status").getText()).contains(key);
            browser.waitUntilGone(row);
            browser.waitFor("#xla-queue[aria-busy='false'] tbody tr");
            assertThat(browser.findAll(row)).isEmpty();
            browser.screenshot("followup-queue-after-call-en", browser.find("#xla-followup-queue"));

            FollowUpView stored = server.app().followUps().forRequest(SERVICE_MANAGER, key).orElseThrow();
            assertThat(stored.followUp().state()).isNotEqualTo(FollowUpState.OPEN);
            assertThat(stored.followUp().outcome()).isEqualTo(CallOutcome.REACHED);
            assertThat(stored.followUp().notes()).isEqualTo(NOTES);
            assertThat(stored.followUp().agreement()).isEqualTo(AGREED);

            // The request's panel now shows the follow-up done, with its outcome.
            browser.open(server.baseUrl() + "/browse/" + key);
            browser.waitFor("#xla-experience-panel");
            assertThat(browser.find("#xla-panel-followup-state").getAttribute("textContent")).isEqualTo("Done");
            assertThat(browser.find("#xla-panel-followup-outcome").getText()).contains("Customer reached");
            assertThat(browser.findAll("#xla-panel-log-call")).isEmpty();
            assertThat(browser.findAll(".xla-panel-open-list li a")).extracting(WebElement::getText).doesNotContain(key);
            browser.screenshot("experience-panel-done-en", browser.find("#web-panel-xla-experience-panel"));
            assertThat(browser.consoleErrors(CallBackJourneyBrowserTest::isExpected)).isEmpty();
        }
    }

    private static void dutchQueue(String key) {
        try (Browser browser = Browser.start("nl")) {
            browser.logIn(server.baseUrl() + QUEUE_PAGE, DemoUsers.SERVICE_MANAGER);
            browser.waitFor("#xla-queue tbody tr");
            browser.waitFor("#xla-metrics .xla-metrics-table");
            assertThat(browser.find("#xla-followup-queue h1").getText()).isEqualTo("Terugbelwachtrij");
            assertThat(browser.find("#xla-queue tbody tr:first-child .xla-countdown").getText()).startsWith("Te laat: ");
            assertThat(browser.findAll("#xla-queue tr[data-request-key='" + key + "']")).isEmpty();
            browser.screenshot("followup-queue-nl", browser.find("#xla-followup-queue"));
            assertThat(browser.consoleErrors(CallBackJourneyBrowserTest::isExpected)).isEmpty();
        }
    }

    /**
     * Console lines that are no fault of the pages: the HTTP 400 of the bad number of attempts
     * (Chromium logs every failed request), and Chromium asking the host root for a favicon.
     */
    private static boolean isExpected(String message) {
        return message.contains("/calls") && message.contains("status of 400")
                || message.startsWith(server.baseUrl().replace("/jira", "") + "/favicon.ico ");
    }
}
