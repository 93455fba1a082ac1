package nl.xlascorecard.sandbox.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.atlassian.webresource.api.assembler.PageBuilderService;

import nl.xlascorecard.plugin.i18n.Messages;
import nl.xlascorecard.sandbox.auth.CurrentVisitor;
import nl.xlascorecard.sandbox.auth.DemoUser;
import nl.xlascorecard.sandbox.auth.Visitor;
import nl.xlascorecard.sandbox.dashboard.DashboardPreferences;
import nl.xlascorecard.sandbox.descriptor.DashboardItemModule;

/**
 * {@code /secure/Dashboard.jspa}: the sandbox's dashboard host, standing in for Jira's dashboard. It
 * shows every {@code <dashboard-item>} of the descriptor (in descriptor order, two columns) with the
 * item's title from the plugin's bundle, requires the web resources of context {@code atl.dashboard}
 * as Jira does, and hands each item to {@code sandbox-static/sandbox-dashboard.js}, which requires the
 * item's AMD module and gives it the item API (preferences stored per user in
 * {@link DashboardPreferences}). It says on the page that it is the sandbox's host, not Jira.
 * Portal-only customers have no Jira dashboard: 403, as the rest of Jira's agent side.
 */
public final class DashboardServlet extends HttpServlet {

    public static final String PATH = "/secure/Dashboard.jspa";
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient List<DashboardItemModule> items;
    private final transient DashboardPreferences preferences;
    private final transient PageBuilderService pageBuilder;
    private final transient Function<Locale, Messages> appMessages;

    public DashboardServlet(List<DashboardItemModule> items, DashboardPreferences preferences, PageBuilderService pageBuilder,
                            Function<Locale, Messages> appMessages) {
        this.items = List.copyOf(items);
        this.preferences = preferences;
        this.pageBuilder = pageBuilder;
        this.appMessages = appMessages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Visitor visitor = CurrentVisitor.get();
        DemoUser user = visitor.user().orElseThrow(() -> new IllegalStateException("The authentication filter lets no anonymous visitor in"));
        SandboxText text = new SandboxText(visitor.locale());
        if (!user.isLicensed()) {
            SandboxPage.message(response, HttpServletResponse.SC_FORBIDDEN, text, "sandbox.error.forbidden");
            return;
        }
        pageBuilder.assembler().resources().requireContext(DashboardItemModule.DASHBOARD_CONTEXT);
        Messages messages = appMessages.apply(visitor.locale());
        StringBuilder html = new StringBuilder(8192);
        html.append("<header class=\"aui-page-header\"><div class=\"aui-page-header-main\"><h1 id=\"dashboard-title\">")
                .append(text.html("sandbox.dashboard.title")).append("</h1></div></header>\n")
                .append("<div id=\"sandbox-dashboard-host-note\" class=\"aui-message aui-message-info sandbox-dashboard-note\"><p>")
                .append(text.html("sandbox.dashboard.host")).append("</p></div>\n")
                .append("<div id=\"dashboard\" class=\"sandbox-dashboard\" data-text-failed=\"").append(text.html("sandbox.dashboard.failed"))
                .append("\" data-text-savefailed=\"").append(text.html("sandbox.dashboard.saveFailed")).append("\">\n");
        for (DashboardItemModule item : items) {
            html.append(frame(item, user, messages, text));
        }
        html.append("</div>\n<script src=\"").append(Html.escape(request.getContextPath() + SandboxChrome.STATIC_PATH))
                .append("/sandbox-dashboard.js\"></script>\n");
        SandboxPage.write(response, HttpServletResponse.SC_OK, text.get("sandbox.dashboard.title"), "sandbox-dashboard-page", html.toString());
    }

    /** One item's frame: header with the title and the configure button, and the content the item renders into. */
    private String frame(DashboardItemModule item, DemoUser user, Messages messages, SandboxText text) {
        String title = item.titleKey() == null ? item.key() : messages.text(item.titleKey());
        String id = "gadget-" + item.key();
        StringBuilder html = new StringBuilder(1024);
        html.append("<section id=\"").append(Html.escape(id)).append("\" class=\"dashboard-item-frame\" data-item-key=\"")
                .append(Html.escape(item.key())).append("\" data-amd-module=\"").append(Html.escape(item.amdModule()))
                .append("\" data-configurable=\"").append(item.configurable()).append("\" data-preferences=\"")
                .append(Html.escape(json(preferences.find(user.username(), item.key()).orElse(Map.of()))))
                .append("\" aria-labelledby=\"").append(Html.escape(id)).append("-title\">")
                .append("<header class=\"dashboard-item-header\"><h2 id=\"").append(Html.escape(id)).append("-title\" class=\"dashboard-item-title\">")
                .append(Html.escape(title)).append("</h2>");
        if (item.configurable()) {
            html.append("<button type=\"button\" class=\"aui-button aui-button-subtle dashboard-item-configure\" aria-label=\"")
                    .append(text.html("sandbox.dashboard.configure.label", title)).append("\">")
                    .append(text.html("sandbox.dashboard.configure")).append("</button>");
        }
        html.append("</header><div class=\"dashboard-item-loading\" role=\"status\" hidden>").append(text.html("sandbox.dashboard.loading"))
                .append("</div><div class=\"dashboard-item-content\"></div></section>\n");
        return html.toString();
    }

    private static String json(Map<String, String> map) {
        try {
            return JSON.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
