package nl.xlascorecard.sandbox.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Jira's {@code atl_token} for the sandbox's own HTML forms: a random value per session that a
 * form posts back, so another site cannot make a logged-in visitor's browser post the form.
 */
public final class FormToken {

    public static final String PARAMETER = "atl_token";
    private static final String SESSION_ATTRIBUTE = "sandbox.formToken";
    private static final SecureRandom RANDOM = new SecureRandom();

    private FormToken() {
    }

    /** The session's token (created on first use). */
    public static String of(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        if (session.getAttribute(SESSION_ATTRIBUTE) instanceof String token) {
            return token;
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        session.setAttribute(SESSION_ATTRIBUTE, token);
        return token;
    }

    /** The hidden form field carrying the token. */
    public static String hiddenField(HttpServletRequest request) {
        return "<input type=\"hidden\" name=\"" + PARAMETER + "\" value=\"" + Html.escape(of(request)) + "\">";
    }

    /** Whether the posted token is the session's (compared in constant time). */
    public static boolean isValid(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String posted = request.getParameter(PARAMETER);
        if (session == null || posted == null || !(session.getAttribute(SESSION_ATTRIBUTE) instanceof String token)) {
            return false;
        }
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), posted.getBytes(StandardCharsets.UTF_8));
    }
}
