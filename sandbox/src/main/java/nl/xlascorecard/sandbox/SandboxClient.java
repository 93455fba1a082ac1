package nl.xlascorecard.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A small HTTP client for tests and scripts against a running sandbox. Logged in as a demo user
 * through the log-in form (a session cookie, as a browser), so it reaches pages and REST alike.
 * State-changing calls carry {@code X-Atlassian-Token: no-check}, as Jira's REST clients must.
 */
public final class SandboxClient {

    private final SandboxServer server;
    private final HttpClient http;
    private final String username;

    SandboxClient(SandboxServer server, String username) {
        this.server = server;
        this.username = username;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        if (username != null) {
            HttpResponse<String> login = send(HttpRequest.newBuilder(server.uri("/login.jsp"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("os_username=" + encode(username) + "&os_password=" + encode(username))));
            if (login.statusCode() != 302) {
                throw new IllegalStateException("Log-in of " + username + " failed with HTTP " + login.statusCode());
            }
        }
    }

    /** {@code Authorization} header value for HTTP basic auth of a demo user (password = user name). */
    public static String basicAuth(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + username).getBytes(StandardCharsets.UTF_8));
    }

    public String username() {
        return username;
    }

    /**
     * A request builder for {@code pathInContext} (e.g. {@code /rest/xla-scorecard/1.0/organisations})
     * with no {@code Accept} header yet: callers choose it.
     */
    public HttpRequest.Builder request(String pathInContext) {
        return HttpRequest.newBuilder(server.uri(pathInContext)).timeout(Duration.ofSeconds(30));
    }

    /** GET with {@code Accept: application/json}. */
    public HttpResponse<String> get(String pathInContext) {
        return send(request(pathInContext).header("Accept", "application/json").GET());
    }

    /** GET with {@code Accept: text/html}, for pages. */
    public HttpResponse<String> page(String pathInContext) {
        return send(request(pathInContext).header("Accept", "text/html").GET());
    }

    public HttpResponse<String> post(String pathInContext, String json) {
        return send(write(pathInContext).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> put(String pathInContext, String json) {
        return send(write(pathInContext).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> delete(String pathInContext) {
        return send(request(pathInContext).header("Accept", "application/json").header("X-Atlassian-Token", "no-check").DELETE());
    }

    private HttpRequest.Builder write(String pathInContext) {
        return request(pathInContext).header("Accept", "application/json").header("Content-Type", "application/json")
                .header("X-Atlassian-Token", "no-check");
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
