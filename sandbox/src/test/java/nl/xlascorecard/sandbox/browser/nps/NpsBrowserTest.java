package nl.xlascorecard.sandbox.browser.nps;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.xlascorecard.sandbox.SandboxClient;
import nl.xlascorecard.sandbox.SandboxConfig;
import nl.xlascorecard.sandbox.SandboxServer;
import nl.xlascorecard.sandbox.auth.DemoUsers;
import nl.xlascorecard.sandbox.browser.Browser;
import nl.xlascorecard.sandbox.servicedesk.DemoOrganisations;

/**
 * NPS on the organisation page in a real headless Chromium: a service manager enters a response with
 * the recommendation question (first an 11, which the API refuses next to the field), and the
 * result shows NPS with its interval beside the mean grade and n, overall and per role. Once in
 * English and once in Dutch. Five answers go in through REST first: end users 10, 9, 8, 6, 10; the
 * browser adds an end user's 9. So n = 6, P = 4, passives 1, D = 1: NPS (4 - 1) / 6 = +50.0, mean
 * grade 52 / 6 = 8.7, interval (nA = 9, pP = 4.75 / 9, pD = 1.75 / 9) -17.7 .. +84.4.
 */
class NpsBrowserTest {

    private static final String REST = "/rest/xla-scorecard/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;
    private static SandboxServer server;
    private static SandboxClient rest;

    @BeforeAll
    static void startSandbox() {
        server = SandboxServer.start(SandboxConfig.forTests(data));
        rest = server.client(DemoUsers.SERVICE_MANAGER);
    }

    @AfterAll
    static void stopSandbox() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void npsInEnglish() throws Exception {
        journey("en", DemoOrganisations.WATERLAND, "Recommendation (NPS)", "+50.0", "8.7", "17.7", "+84.4",
                "4 promoters (9\u201310), 1 passives (7\u20138), 1 detractors (0\u20136)", "+50.0 (grade 8.7; n = 6)");
    }

    @Test
    void npsInDutch() throws Exception {
        journey("nl", DemoOrganisations.HOGE_WEIDE, "Aanbeveling (NPS)", "+50,0", "8,7", "17,7", "+84,4",
                "4 promotors (9\u201310), 1 passief (7\u20138), 1 criticasters (0\u20136)", "+50,0 (cijfer 8,7; n = 6)");
    }

    private void journey(String language, long organisationId, String heading, String score, String grade,
                         String low, String high, String bands, String roleText) throws Exception {
        long roundId = openRoundWithFiveAnswers(organisationId);
        String name = DemoOrganisations.ALL.stream().filter(o -> o.id() == organisationId).findFirst().orElseThrow().name();
        try (Browser browser = Browser.start(language)) {
            browser.open(server.baseUrl() + "/plugins/servlet/xla/organisations");
            browser.waitFor("#login-form-username").sendKeys(DemoUsers.SERVICE_MANAGER);
            browser.find("#login-form-password").sendKeys(DemoUsers.SERVICE_MANAGER);
            browser.find("#login-form-submit").click();
            browser.waitFor(".xla-organisations-table");
            browser.driver().findElement(By.linkText(name)).click();
            browser.waitForClickable(".xla-rounds-table tr[data-round-id='" + roundId + "'] .xla-enter-response").click();

            // The response form: the recommendation question with its comment; 11 is refused by the API.
            browser.waitFor("#xla-response-role");
            new Select(browser.find("#xla-response-role")).selectByValue("END_USER");
            browser.find("#xla-response-ref").sendKeys("NPS-6");
            WebElement recommendation = browser.find("#xla-response-recommendation");
            recommendation.sendKeys("11");
            browser.find("#xla-response-recommendation-comment").sendKeys("<b>Prima</b> partner");
            browser.find("#xla-response-submit").click();
            WebElement error = browser.waitFor("#xla-response-nps .xla-field-error");
            assertThat(recommendation.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(recommendation.getAttribute("aria-describedby")).isEqualTo(error.getAttribute("id"));
            assertThat(browser.findAll(".xla-field-error")).hasSize(1);
            browser.screenshot("nps-response-error-" + language, browser.find("#xla-response-nps"));

            recommendation.clear();
            recommendation.sendKeys("9");
            browser.find("#xla-response-submit").click();
            browser.waitUntilGone("dialog.xla-dialog");
            browser.waitFor("#xla-status .aui-message-success");

            // The (interim) result: NPS with interval, mean grade and n; per role in the role table.
            browser.waitForText("#xla-nps-n", "n = 6");
            assertThat(browser.find("#xla-nps-heading").getText()).isEqualTo(heading);
            assertThat(browser.find("#xla-nps-score").getText()).isEqualTo(score);
            assertThat(browser.find("#xla-nps-grade").getText()).isEqualTo(grade);
            // The lower bound is negative: its sign is the locale's minus, so only the digits are compared.
            assertThat(browser.find("#xla-nps-interval").getText()).contains(low).endsWith(high);
            assertThat(browser.find("#xla-nps-bands").getText()).isEqualTo(bands);
            assertThat(browser.find("#xla-roles tr[data-role='END_USER'] .xla-role-nps").getText()).isEqualTo(roleText);
            assertThat(browser.find("#xla-roles").getText()).doesNotContain("<b>");
            browser.screenshot("nps-result-" + language, browser.find("#xla-nps"));
            browser.screenshot("nps-roles-" + language, browser.find("#xla-roles"));

            JsonNode stored = read(rest.get(REST + "/rounds/" + roundId + "/responses?limit=100"), 200);
            assertThat(stored.toString()).contains("\"recommendation\":9").contains("<b>Prima</b> partner");
            assertThat(browser.consoleErrors(NpsBrowserTest::isExpected)).isEmpty();
        }
    }

    /** Chromium logs the HTTP 400 the test provokes, and asks the host root for a favicon. */
    private static boolean isExpected(String message) {
        return message.contains("/responses") && message.contains("status of 400")
                || message.startsWith(server.baseUrl().replace("/jira", "") + "/favicon.ico ");
    }

    private static long openRoundWithFiveAnswers(long organisationId) throws Exception {
        JsonNode proposal = read(rest.get(REST + "/organisations/" + organisationId + "/round-proposals"), 200).get(0);
        JsonNode round = read(rest.post(REST + "/organisations/" + organisationId + "/rounds", JSON.writeValueAsString(Map.of(
                "kind", proposal.get("kind").asText(), "title", "NPS", "opens", proposal.get("opens").asText(),
                "closes", proposal.get("closes").asText(), "anonymous", false, "invitations", 8))), 200, 201);
        long id = round.get("id").asLong();
        read(rest.post(REST + "/rounds/" + id + "/open", "{\"version\":" + round.get("version").asLong() + "}"), 200);
        int[] answers = {10, 9, 8, 6, 10};
        for (int i = 0; i < answers.length; i++) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("role", "END_USER");
            body.put("respondentRef", "NPS-" + i);
            body.put("scores", Map.of("REL_1", 70 + i));
            body.put("recommendation", answers[i]);
            read(rest.post(REST + "/rounds/" + id + "/responses", JSON.writeValueAsString(body)), 200, 201);
        }
        return id;
    }

    private static JsonNode read(HttpResponse<String> response, Integer... expectedStatus) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isIn((Object[]) expectedStatus);
        return JSON.readTree(response.body());
    }
}
