package nl.xlascorecard.sandbox.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.xlascorecard.sandbox.auth.CurrentVisitor;
import nl.xlascorecard.sandbox.auth.DemoUser;

/**
 * {@code /jira/}: Jira's home is the dashboard, so licensed users go to the sandbox's dashboard host;
 * portal customers (no Jira dashboard) and visitors not logged in go to the organisations page, as
 * before (which sends the latter to the log-in page).
 */
public final class HomeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean licensed = CurrentVisitor.get().user().map(DemoUser::isLicensed).orElse(false);
        response.sendRedirect(request.getContextPath() + (licensed ? DashboardServlet.PATH : SandboxChrome.ORGANISATIONS_PAGE));
    }
}
