package nl.xlascorecard.sandbox.auth;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import nl.xlascorecard.sandbox.web.CurrentRequest;
import nl.xlascorecard.sandbox.web.JsonErrors;
import nl.xlascorecard.sandbox.web.SandboxText;

/**
 * Establishes who is asking, for every request: the session's demo user, or on REST calls also HTTP
 * basic auth (for curl examples). Sets {@link CurrentVisitor} for the request and clears it after.
 * Pages under {@code /plugins/servlet/} and the service desk's pages need a logged-in user and
 * redirect to the log-in page;
 * REST access rules are applied per resource by {@code RestAccessFeature}, as Jira's REST v2
 * security annotations are.
 */
public final class AuthenticationFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String SESSION_USER = "sandbox.user";
    public static final String SESSION_LANGUAGE = "sandbox.language";
    public static final String LOGIN_PATH = "/login.jsp";

    /**
     * Plugin pages anonymous visitors may open: the survey pages respondents reach through a signed
     * link without an account (the servlet checks the link itself).
     */
    public static final List<String> ANONYMOUS_PAGE_PREFIXES = List.of("/plugins/servlet/xla/survey");

    /** Pages that need a logged-in user: the plugin's, and the simulated service desk's own. */
    public static final List<String> LOGIN_PAGE_PREFIXES = List.of("/plugins/servlet/", "/browse/", "/secure/", "/servicedesk/");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = pathInContext(request);
        Locale locale = language(request);
        Optional<DemoUser> user = sessionUser(request);
        String authorization = request.getHeader("Authorization");
        if (user.isEmpty() && path.startsWith("/rest/") && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            user = basicAuth(authorization.substring(6).trim());
            if (user.isEmpty()) {
                JsonErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, new SandboxText(locale).get("sandbox.error.badCredentials"));
                return;
            }
        }
        if (user.isEmpty() && LOGIN_PAGE_PREFIXES.stream().anyMatch(path::startsWith) && ANONYMOUS_PAGE_PREFIXES.stream().noneMatch(path::startsWith)) {
            response.sendRedirect(loginUrl(request));
            return;
        }
        CurrentVisitor.set(new Visitor(user, locale));
        CurrentRequest.set(request);
        try {
            chain.doFilter(request, response);
        } finally {
            CurrentRequest.clear();
            CurrentVisitor.clear();
        }
    }

    static String pathInContext(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Jira's form: {@code os_destination} relative to the context path. */
    private static String loginUrl(HttpServletRequest request) {
        String destination = pathInContext(request) + (request.getQueryString() != null ? "?" + request.getQueryString() : "");
        return request.getContextPath() + LOGIN_PATH + "?os_destination=" + URLEncoder.encode(destination, StandardCharsets.UTF_8);
    }

    private static Optional<DemoUser> sessionUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SESSION_USER) instanceof String username)) {
            return Optional.empty();
        }
        return DemoUsers.find(username);
    }

    private static Optional<DemoUser> basicAuth(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? Optional.empty() : DemoUsers.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    /** The session's language choice, else the browser's preference if Dutch, else English. */
    static Locale language(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_LANGUAGE) instanceof String language) {
            return "nl".equals(language) ? Visitor.DUTCH : Visitor.ENGLISH;
        }
        String accept = request.getHeader("Accept-Language");
        return accept != null && accept.trim().toLowerCase(Locale.ROOT).startsWith("nl") ? Visitor.DUTCH : Visitor.ENGLISH;
    }
}
