package nl.xlascorecard.sandbox.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.xlascorecard.core.followup.domain.FollowUpView;
import nl.xlascorecard.core.rating.domain.TicketRating;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.sandbox.SandboxClient;
import nl.xlascorecard.sandbox.SandboxServer;
import nl.xlascorecard.sandbox.auth.DemoUsers;
import nl.xlascorecard.sandbox.servicedesk.DemoOrganisations;

/**
 * The customer's rating page over HTTP: lists the customer's resolved requests, records a rating
 * through the app's RecordTicketRating (an unhappy one opens a follow-up), rejects bad input with
 * the field named and nothing stored, and refuses other users, other customers' requests and posts
 * without the form token.
 */
class RatingPageTest {

    private static final String PAGE = "/servicedesk/customer/ratings";
    private static final Caller SM = DemoUsers.find(DemoUsers.SERVICE_MANAGER).orElseThrow().caller();

    @TempDir
    static Path data;
    static SandboxServer server;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(TestPlugin.config(data));
        server.serviceDesk().requests().insertAll(List.of(
                TestRequests.resolved("ZNL-1", 1, DemoOrganisations.NOORDERLICHT, DemoUsers.CUSTOMER, "Printer <kapot>"),
                TestRequests.resolved("ZNL-2", 2, DemoOrganisations.NOORDERLICHT, DemoUsers.CUSTOMER, "VPN"),
                TestRequests.resolved("ZNL-3", 3, DemoOrganisations.NOORDERLICHT, DemoUsers.CUSTOMER, "Wachtwoord"),
                TestRequests.resolved("ZNL-9", 9, DemoOrganisations.NOORDERLICHT, "j.devries", "Not the customer's")));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void theCustomerSeesTheirResolvedRequestsWithLabelledStarsAndComment() {
        String page = server.client(DemoUsers.CUSTOMER).page(PAGE).body();

        assertThat(page).contains("id=\"rate-ZNL-1\"").contains("Printer &lt;kapot&gt;").doesNotContain("Printer <kapot>")
                .contains("<legend><span>How satisfied are you with ZNL-1?</span></legend>")
                .contains("<label for=\"rating-ZNL-1-1\">").contains("1 star: very dissatisfied")
                .contains("<label for=\"comment-ZNL-1\">Comment (optional)</label>")
                .contains("id=\"nav-ratings\"")
                .doesNotContain("ZNL-9");
    }

    @Test
    void anUnhappyRatingIsRecordedThroughTheAppAndOpensAFollowUp() {
        SandboxClient customer = server.client(DemoUsers.CUSTOMER);

        HttpResponse<String> posted = rate(customer, "ZNL-1", "2", "Duurde <lang>");

        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(posted.headers().firstValue("Location")).hasValue("/jira" + PAGE + "?rated=ZNL-1");
        TicketRating rating = server.app().ratings().forRequest(SM, "ZNL-1").orElseThrow();
        assertThat(rating.rating()).isEqualTo(2);
        assertThat(rating.comment()).isEqualTo("Duurde <lang>");
        assertThat(rating.requesterKey()).isEqualTo(DemoUsers.CUSTOMER);
        assertThat(rating.organisationIds()).containsExactly(DemoOrganisations.NOORDERLICHT);
        FollowUpView followUp = server.app().followUps().forRequest(SM, "ZNL-1").orElseThrow();
        assertThat(followUp.followUp().rating()).isEqualTo(2);
        String after = customer.page(PAGE + "?rated=ZNL-1").body();
        assertThat(after).contains("id=\"rating-thanks\"").contains("Your rating: 2 of 5 stars.")
                .contains("Duurde &lt;lang&gt;</textarea>").contains("id=\"rating-ZNL-1-2\" value=\"2\" checked");
    }

    @Test
    void aHappyRatingIsRecordedWithoutAFollowUpAndCanBeChanged() {
        SandboxClient customer = server.client(DemoUsers.CUSTOMER);

        assertThat(rate(customer, "ZNL-2", "5", "").statusCode()).isEqualTo(303);
        assertThat(rate(customer, "ZNL-2", "4", "Toch iets trager").statusCode()).isEqualTo(303);

        TicketRating rating = server.app().ratings().forRequest(SM, "ZNL-2").orElseThrow();
        assertThat(rating.rating()).isEqualTo(4);
        assertThat(rating.comment()).isEqualTo("Toch iets trager");
        assertThat(server.app().followUps().forRequest(SM, "ZNL-2")).isEmpty();
    }

    @Test
    void badInputIsRejectedWithTheFieldNamedAndNothingStored() {
        SandboxClient customer = server.client(DemoUsers.CUSTOMER);

        HttpResponse<String> outOfRange = rate(customer, "ZNL-3", "7", "x");
        HttpResponse<String> missing = rate(customer, "ZNL-3", "", "x");
        HttpResponse<String> tooLong = rate(customer, "ZNL-3", "3", "a".repeat(4001));

        assertThat(outOfRange.statusCode()).isEqualTo(400);
        assertThat(outOfRange.body()).contains("id=\"rating-error-ZNL-3\"").contains("Enter a whole number from 1 to 5.");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("id=\"rating-error-ZNL-3\"").contains("Choose 1 to 5 stars.");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("id=\"comment-error-ZNL-3\"").contains("aria-invalid=\"true\"");
        assertThat(server.app().ratings().forRequest(SM, "ZNL-3")).isEmpty();
        assertThat(server.serviceDesk().requests().find("ZNL-3").orElseThrow().feedback()).isNull();
    }

    @Test
    void othersRequestsOtherUsersAndForgedPostsAreRefused() {
        SandboxClient customer = server.client(DemoUsers.CUSTOMER);

        assertThat(rate(customer, "ZNL-9", "1", "").statusCode()).as("another customer's request").isEqualTo(404);
        assertThat(rate(customer, "NOPE-1", "1", "").statusCode()).isEqualTo(404);
        HttpResponse<String> forged = customer.send(customer.request(PAGE).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("request=ZNL-3&rating=1")));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(server.client(DemoUsers.AGENT).page(PAGE).statusCode()).isEqualTo(403);
        assertThat(server.client(null).page(PAGE).statusCode()).isEqualTo(302);
        assertThat(server.app().ratings().forRequest(SM, "ZNL-9")).isEmpty();
        assertThat(server.app().ratings().forRequest(SM, "ZNL-3")).isEmpty();
    }

    private static HttpResponse<String> rate(SandboxClient customer, String key, String rating, String comment) {
        String page = customer.page(PAGE).body();
        Matcher token = Pattern.compile("name=\"atl_token\" value=\"([0-9a-f]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        String form = "atl_token=" + token.group(1) + "&request=" + encode(key) + "&rating=" + encode(rating)
                + "&comment=" + encode(comment);
        return customer.send(customer.request(PAGE).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
