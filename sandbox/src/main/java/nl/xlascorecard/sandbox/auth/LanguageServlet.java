package nl.xlascorecard.sandbox.auth;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.xlascorecard.sandbox.web.SafeRedirects;

/** Stores the visitor's language (en / nl) in the session and goes back to the page they were on. */
public final class LanguageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String language = "nl".equals(request.getParameter("lang")) ? "nl" : "en";
        request.getSession(true).setAttribute(AuthenticationFilter.SESSION_LANGUAGE, language);
        response.sendRedirect(SafeRedirects.localOrHome(request.getParameter("return"), request.getContextPath()));
    }
}
