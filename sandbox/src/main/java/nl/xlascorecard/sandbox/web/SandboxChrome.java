package nl.xlascorecard.sandbox.web;

import nl.xlascorecard.core.shared.Role;
import nl.xlascorecard.sandbox.auth.DemoUser;
import nl.xlascorecard.sandbox.auth.Visitor;

/**
 * The sandbox's page furniture: AUI and sandbox styles in the head, the "sandbox, not Jira" banner
 * and a Jira-like application header. Used by the log-in page and by the page decorator.
 */
public final class SandboxChrome {

    public static final String STATIC_PATH = "/sandbox-static";
    public static final String ORGANISATIONS_PAGE = "/plugins/servlet/xla/organisations";
    /** The app's configure.url (general settings), which links to the other configuration pages. */
    public static final String ADMIN_PAGE = "/plugins/servlet/xla/admin/settings";
    /** The app's follow-up queue (a plugin servlet). */
    public static final String FOLLOW_UPS_PAGE = "/plugins/servlet/xla/followups";
    public static final String LANGUAGE_PATH = "/sandbox/language";
    public static final String LOGOUT_PATH = "/logout";

    private final String contextPath;

    public SandboxChrome(String contextPath) {
        this.contextPath = contextPath;
    }

    /**
     * Tags for the head: jQuery and AUI (as Jira's superbatch provides them) and the
     * sandbox's styles, plus the meta data AUI's {@code AJS.Meta} and {@code AJS.contextPath()} read.
     */
    public String headTags(Visitor visitor) {
        String statics = contextPath + STATIC_PATH;
        return "<meta name=\"ajs-context-path\" content=\"" + Html.escape(contextPath) + "\">\n"
                + "<meta name=\"ajs-remote-user\" content=\"" + Html.escape(visitor.user().map(DemoUser::username).orElse("")) + "\">\n"
                + "<meta name=\"ajs-user-locale\" content=\"" + Html.escape(visitor.locale().getLanguage()) + "\">\n"
                // A favicon of its own: not Jira's, and no request for /favicon.ico outside the context.
                + "<link rel=\"icon\" href=\"" + statics + "/sandbox-icon.svg\" type=\"image/svg+xml\">\n"
                + "<link rel=\"stylesheet\" href=\"" + statics + "/aui/aui-prototyping.css\">\n"
                + "<link rel=\"stylesheet\" href=\"" + statics + "/sandbox.css\">\n"
                // Before AUI: its stand-alone build needs jQuery and reads AJS.contextPath while it loads.
                + "<script src=\"" + statics + "/jquery/jquery.min.js\"></script>\n"
                + "<script src=\"" + statics + "/sandbox-context.js\"></script>\n"
                + "<script src=\"" + statics + "/aui/aui-prototyping.js\"></script>\n"
                // After AUI and jQuery (globals): define/require as on Jira's pages, for the dashboard items' AMD modules.
                + "<script src=\"" + statics + "/sandbox-amd.js\"></script>\n";
    }

    /** The banner that tells every visitor this is a sandbox, not a Jira site. */
    public String banner(SandboxText text) {
        return "<div id=\"sandbox-banner\" class=\"sandbox-banner\" role=\"note\">" + text.html("sandbox.banner") + "</div>\n";
    }

    /** Application header: navigation, the user's name, language switch and log-out. */
    public String header(Visitor visitor, SandboxText text, String returnTo) {
        StringBuilder html = new StringBuilder(2048);
        html.append("<header id=\"header\" role=\"banner\"><nav class=\"aui-header\" aria-label=\"")
                .append(text.html("sandbox.header.navigation")).append("\"><div class=\"aui-header-inner\">")
                .append("<div class=\"aui-header-primary\"><span id=\"logo\" class=\"aui-header-logo\"><a href=\"")
                .append(contextPath).append("/\" class=\"sandbox-logo\">").append(text.html("sandbox.name")).append("</a></span>")
                .append("<ul class=\"aui-nav\">");
        if (visitor.user().isPresent() && visitor.user().get().isLicensed()) {
            html.append(navItem("nav-dashboard", contextPath + DashboardServlet.PATH, text.html("sandbox.header.dashboard")));
        }
        if (visitor.user().isPresent()) {
            html.append(navItem("nav-organisations", contextPath + ORGANISATIONS_PAGE, text.html("sandbox.header.organisations")));
            DemoUser user = visitor.user().get();
            if (user.isLicensed()) {
                html.append(navItem("nav-followups", contextPath + FOLLOW_UPS_PAGE, text.html("sandbox.header.followups")));
            }
            if (OutboxServlet.mayRead(user)) {
                html.append(navItem("nav-outbox", contextPath + OutboxServlet.PATH, text.html("sandbox.header.outbox")));
            }
            if (user.roles().contains(Role.CUSTOMER)) {
                html.append(navItem("nav-ratings", contextPath + RatingPageServlet.PATH, text.html("sandbox.header.ratings")));
            }
            if (user.isAdministrator()) {
                html.append(navItem("nav-admin", contextPath + ADMIN_PAGE, text.html("sandbox.header.administration")));
            }
        }
        html.append("</ul></div><div class=\"aui-header-secondary\"><ul class=\"aui-nav\">")
                .append("<li>").append(languageSwitch(visitor, text, returnTo)).append("</li>");
        if (visitor.user().isPresent()) {
            DemoUser user = visitor.user().get();
            html.append("<li><span id=\"header-user\" class=\"sandbox-user\" data-username=\"").append(Html.escape(user.username()))
                    .append("\">").append(Html.escape(user.displayName())).append("</span></li>")
                    .append("<li><form method=\"post\" action=\"").append(contextPath).append(LOGOUT_PATH)
                    .append("\" class=\"sandbox-inline-form\"><button id=\"logout\" type=\"submit\" class=\"aui-button aui-button-link\">")
                    .append(text.html("sandbox.header.logout")).append("</button></form></li>");
        } else {
            html.append("<li><a id=\"login-link\" href=\"").append(contextPath).append("/login.jsp\">")
                    .append(text.html("sandbox.login.submit")).append("</a></li>");
        }
        html.append("</ul></div></div></nav></header>\n");
        return html.toString();
    }

    private static String navItem(String id, String href, String labelHtml) {
        return "<li><a id=\"" + id + "\" href=\"" + Html.escape(href) + "\">" + labelHtml + "</a></li>";
    }

    /** Two buttons (English / Nederlands) posting the choice; the current language is marked. */
    public String languageSwitch(Visitor visitor, SandboxText text, String returnTo) {
        return "<form method=\"post\" action=\"" + contextPath + LANGUAGE_PATH + "\" class=\"sandbox-inline-form sandbox-language\""
                + " aria-label=\"" + text.html("sandbox.language") + "\">"
                + "<input type=\"hidden\" name=\"return\" value=\"" + Html.escape(returnTo) + "\">"
                + languageButton("en", "English", !visitor.isDutch())
                + languageButton("nl", "Nederlands", visitor.isDutch())
                + "</form>";
    }

    private static String languageButton(String code, String label, boolean current) {
        return "<button type=\"submit\" name=\"lang\" value=\"" + code + "\" lang=\"" + code + "\" id=\"lang-" + code
                + "\" class=\"aui-button aui-button-link" + (current ? " sandbox-current" : "") + "\" aria-pressed=\""
                + current + "\">" + label + "</button>";
    }
}
