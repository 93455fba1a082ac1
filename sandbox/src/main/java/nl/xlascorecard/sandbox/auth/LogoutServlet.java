package nl.xlascorecard.sandbox.auth;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/** Log-out (POST only, so a link on another site cannot log people out): ends the session. */
public final class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        String language = null;
        if (session != null) {
            language = (String) session.getAttribute(AuthenticationFilter.SESSION_LANGUAGE);
            session.invalidate();
        }
        if (language != null) {
            // Logging out keeps the language the visitor chose.
            request.getSession(true).setAttribute(AuthenticationFilter.SESSION_LANGUAGE, language);
        }
        response.sendRedirect(request.getContextPath() + AuthenticationFilter.LOGIN_PATH);
    }
}
