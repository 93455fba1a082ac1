package nl.xlascorecard.plugin.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends an anonymous visitor to Jira's log-in page, which returns them to the page they asked for
 * ({@code os_destination} is relative to the context path, as Jira expects it).
 */
final class LoginRedirect {

    private LoginRedirect() {
    }

    static void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/login.jsp?os_destination="
                + URLEncoder.encode(destination(request), StandardCharsets.UTF_8));
    }

    static String destination(HttpServletRequest request) {
        StringBuilder path = new StringBuilder(request.getServletPath());
        if (request.getPathInfo() != null) {
            path.append(request.getPathInfo());
        }
        if (request.getQueryString() != null) {
            path.append('?').append(request.getQueryString());
        }
        return path.toString();
    }
}
