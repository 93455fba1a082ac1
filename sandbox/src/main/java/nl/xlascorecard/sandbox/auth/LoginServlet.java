package nl.xlascorecard.sandbox.auth;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import nl.xlascorecard.sandbox.web.Html;
import nl.xlascorecard.sandbox.web.SafeRedirects;
import nl.xlascorecard.sandbox.web.SandboxChrome;
import nl.xlascorecard.sandbox.web.SandboxText;

/**
 * The sandbox's log-in page at {@code /login.jsp} (where Jira's is, so links that send people to
 * log in work the same). Lists the demo users and offers the language choice.
 */
public final class LoginServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        render(request, response, CurrentVisitor.get(), "", false);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String username = request.getParameter("os_username");
        String lang = request.getParameter("lang");
        Optional<DemoUser> user = DemoUsers.authenticate(username, request.getParameter("os_password"));
        Visitor visitor = CurrentVisitor.get();
        if (lang != null) {
            visitor = Visitor.anonymous("nl".equals(lang) ? Visitor.DUTCH : Visitor.ENGLISH);
        }
        if (user.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            render(request, response, visitor, username == null ? "" : username, true);
            return;
        }
        HttpSession session = request.getSession(true);
        // A new session id on log-in, so an id planted before log-in (session fixation) is worthless.
        request.changeSessionId();
        session.setAttribute(AuthenticationFilter.SESSION_USER, user.get().username());
        session.setAttribute(AuthenticationFilter.SESSION_LANGUAGE, visitor.locale().getLanguage());
        response.sendRedirect(SafeRedirects.localOrHome(request.getParameter("os_destination"), request.getContextPath()));
    }

    private static void render(HttpServletRequest request, HttpServletResponse response, Visitor visitor, String username,
                               boolean failed) throws IOException {
        SandboxText text = new SandboxText(visitor.locale());
        SandboxChrome chrome = new SandboxChrome(request.getContextPath());
        String destination = request.getParameter("os_destination");
        String self = request.getContextPath() + AuthenticationFilter.LOGIN_PATH
                + (request.getQueryString() != null ? "?" + request.getQueryString() : "");
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(visitor.locale().getLanguage()).append("\"><head><meta charset=\"UTF-8\">")
                .append("<title>").append(text.html("sandbox.login.title")).append("</title>\n")
                .append(chrome.headTags(visitor)).append("</head>\n<body class=\"aui-page-focused aui-page-size-medium\">\n")
                .append(chrome.banner(text)).append(chrome.header(visitor, text, self))
                .append("<main id=\"main\" class=\"sandbox-login\"><section class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\">")
                .append("<div class=\"aui-page-panel-content\"><h1>").append(text.html("sandbox.login.title")).append("</h1>")
                .append("<p>").append(text.html("sandbox.login.intro")).append("</p>");
        if (failed) {
            html.append("<div id=\"login-error\" class=\"aui-message aui-message-error\" role=\"alert\"><p>")
                    .append(text.html("sandbox.login.failed")).append("</p></div>");
        }
        html.append("<form id=\"login-form\" class=\"aui\" method=\"post\" action=\"").append(request.getContextPath())
                .append(AuthenticationFilter.LOGIN_PATH).append("\">")
                .append("<input type=\"hidden\" name=\"os_destination\" value=\"").append(Html.escape(destination)).append("\">")
                .append("<input type=\"hidden\" name=\"lang\" value=\"").append(visitor.locale().getLanguage()).append("\">")
                .append(field("login-form-username", "os_username", "text", "username", text.html("sandbox.login.username"), username))
                .append(field("login-form-password", "os_password", "password", "current-password", text.html("sandbox.login.password"), ""))
                .append("<div class=\"buttons-container\"><div class=\"buttons\"><button id=\"login-form-submit\" type=\"submit\" ")
                .append("class=\"aui-button aui-button-primary\">").append(text.html("sandbox.login.submit")).append("</button></div></div></form>")
                .append("<h2>").append(text.html("sandbox.login.users")).append("</h2><table id=\"demo-users\" class=\"aui\"><thead><tr><th>")
                .append(text.html("sandbox.login.user")).append("</th><th>").append(text.html("sandbox.login.role")).append("</th></tr></thead><tbody>");
        for (DemoUser user : DemoUsers.ALL) {
            html.append("<tr><td><code>").append(Html.escape(user.username())).append("</code></td><td>")
                    .append(text.html(user.description())).append("</td></tr>");
        }
        html.append("</tbody></table></div></div></section></main></body></html>\n");
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(html.toString());
    }

    private static String field(String id, String name, String type, String autocomplete, String labelHtml, String value) {
        return "<div class=\"field-group\"><label for=\"" + id + "\">" + labelHtml + "</label><input class=\"text\" id=\"" + id
                + "\" name=\"" + name + "\" type=\"" + type + "\" autocomplete=\"" + autocomplete + "\" value=\""
                + Html.escape(value) + "\" required></div>";
    }
}
