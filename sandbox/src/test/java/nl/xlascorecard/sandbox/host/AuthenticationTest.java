package nl.xlascorecard.sandbox.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.xlascorecard.sandbox.SandboxClient;
import nl.xlascorecard.sandbox.SandboxServer;

/** Log-in, sessions, basic auth on REST, 401 and redirects, log-out, language choice. */
class AuthenticationTest {

    private static final String MYSELF = "/rest/sandbox/1.0/myself";

    @TempDir
    static Path data;
    static SandboxServer server;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(TestPlugin.config(data));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void restWithoutSessionAnswers401InJirasErrorShape() {
        HttpResponse<String> response = server.client(null).get(MYSELF);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.body()).startsWith("{").contains("\"errorMessages\":[\"You are not logged in.").contains("\"errors\":{}");
    }

    @Test
    void basicAuthWorksOnRestForDemoUsers() {
        HttpResponse<String> response = server.client(null).send(server.client(null).request(MYSELF)
                .header("Authorization", SandboxClient.basicAuth("agent")).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"name\":\"agent\"").contains("\"roles\":[\"AGENT\"]")
                .contains("\"agentOrganisationIds\":[1,2,3]");
    }

    @Test
    void aWrongBasicAuthPasswordIs401() {
        SandboxClient anonymous = server.client(null);
        HttpResponse<String> response = anonymous.send(anonymous.request(MYSELF)
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("admin:wrong".getBytes())).GET());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("errorMessages");
    }

    @Test
    void basicAuthDoesNotOpenPages() {
        SandboxClient anonymous = server.client(null);
        HttpResponse<String> response = anonymous.send(anonymous.request("/plugins/servlet/xla/organisations")
                .header("Authorization", SandboxClient.basicAuth("admin")).GET());

        assertThat(response.statusCode()).isEqualTo(302);
    }

    @Test
    void pagesRedirectToTheLogInPageWithTheirAddress() {
        HttpResponse<String> response = server.client(null).page("/plugins/servlet/xla/organisations?x=1");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .endsWith("/jira/login.jsp?os_destination=%2Fplugins%2Fservlet%2Fxla%2Forganisations%3Fx%3D1"));
    }

    @Test
    void logInSetsAnHttpOnlySameSiteSessionCookieAndLogOutEndsIt() {
        SandboxClient anonymous = server.client(null);
        HttpResponse<String> login = anonymous.send(anonymous.request("/login.jsp")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "os_username=servicemanager&os_password=servicemanager&os_destination=%2Fjira%2Fplugins%2Fservlet%2Fxla%2Fadmin%2Ftemplate")));

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValue("/jira/plugins/servlet/xla/admin/template");
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        assertThat(anonymous.get(MYSELF).body()).contains("\"name\":\"servicemanager\"");

        HttpResponse<String> logout = anonymous.send(anonymous.request("/logout").POST(java.net.http.HttpRequest.BodyPublishers.noBody()));

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(anonymous.get(MYSELF).statusCode()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordShowsTheLogInPageWithAnError() {
        SandboxClient anonymous = server.client(null);
        HttpResponse<String> login = anonymous.send(anonymous.request("/login.jsp")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("os_username=admin&os_password=nope&lang=nl")));

        assertThat(login.statusCode()).isEqualTo(401);
        assertThat(login.body()).contains("id=\"login-error\"").contains("De gebruikersnaam of het wachtwoord klopt niet.");
        assertThat(anonymous.get(MYSELF).statusCode()).isEqualTo(401);
    }

    @Test
    void logInRejectsAnotherSiteAsDestination() {
        SandboxClient anonymous = server.client(null);
        HttpResponse<String> login = anonymous.send(anonymous.request("/login.jsp")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "os_username=admin&os_password=admin&os_destination=https%3A%2F%2Fevil.example%2F")));

        assertThat(login.headers().firstValue("Location")).hasValue("/jira/");
    }

    @Test
    void theLogInPageSaysItIsNotJiraAndListsTheDemoUsers() {
        HttpResponse<String> page = server.client(null).page("/login.jsp");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("XLA Scorecard sandbox \u2014 not Jira")
                .contains("<code>admin</code>").contains("<code>servicemanager</code>").contains("<code>sm.limited</code>")
                .contains("<code>agent</code>").contains("<code>customer</code>");
    }

    @Test
    void theLanguageChoiceIsKeptInTheSession() {
        SandboxClient client = server.client("customer");
        HttpResponse<String> switched = client.send(client.request("/sandbox/language")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("lang=nl&return=%2Fjira%2Flogin.jsp")));

        assertThat(switched.headers().firstValue("Location")).hasValue("/jira/login.jsp");
        assertThat(client.get(MYSELF).body()).contains("\"locale\":\"nl\"");
        assertThat(client.page("/login.jsp").body()).contains("dit is geen Jira");
    }
}
