package nl.xlascorecard.sandbox.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.xlascorecard.core.followup.domain.FollowUpNotice;
import nl.xlascorecard.core.shared.Role;
import nl.xlascorecard.sandbox.auth.CurrentVisitor;
import nl.xlascorecard.sandbox.auth.DemoUser;
import nl.xlascorecard.sandbox.auth.DemoUsers;
import nl.xlascorecard.sandbox.auth.Visitor;
import nl.xlascorecard.sandbox.outbox.JdbcOutbox;
import nl.xlascorecard.sandbox.outbox.OutboxEntry;

/**
 * {@code /secure/outbox}: the reminders and escalations the app "mailed", newest first, for
 * administrators and service managers (who receive them). Instead of a mail server.
 */
public final class OutboxServlet extends HttpServlet {

    public static final String PATH = "/secure/outbox";
    public static final int LIMIT = 200;
    private static final long serialVersionUID = 1L;

    private final transient JdbcOutbox outbox;

    public OutboxServlet(JdbcOutbox outbox) {
        this.outbox = outbox;
    }

    /** Who may read the outbox: the people the notices are for. */
    public static boolean mayRead(DemoUser user) {
        return user.roles().contains(Role.ADMINISTRATOR) || user.roles().contains(Role.SERVICE_MANAGER);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Visitor visitor = CurrentVisitor.get();
        DemoUser user = visitor.user().orElseThrow(() -> new IllegalStateException("The authentication filter lets no anonymous visitor in"));
        SandboxText text = new SandboxText(visitor.locale());
        if (!mayRead(user)) {
            SandboxPage.message(response, HttpServletResponse.SC_FORBIDDEN, text, "sandbox.error.forbidden");
            return;
        }
        List<OutboxEntry> entries = outbox.newest(LIMIT);
        StringBuilder html = new StringBuilder(8192);
        html.append("<header class=\"aui-page-header\"><div class=\"aui-page-header-main\"><h1>").append(text.html("sandbox.outbox.title"))
                .append("</h1></div></header><p>").append(text.html("sandbox.outbox.intro", LIMIT)).append("</p>");
        if (entries.isEmpty()) {
            html.append("<p id=\"outbox-empty\">").append(text.html("sandbox.outbox.empty")).append("</p>");
        } else {
            html.append("<table id=\"outbox\" class=\"aui\"><caption class=\"assistive\">").append(text.html("sandbox.outbox.title"))
                    .append("</caption><thead><tr>");
            for (String column : List.of("sent", "kind", "request", "organisation", "rating", "due", "recipients", "node")) {
                html.append("<th scope=\"col\">").append(text.html("sandbox.outbox.column." + column)).append("</th>");
            }
            html.append("</tr></thead><tbody>");
            for (OutboxEntry entry : entries) {
                html.append(row(request, entry, text, visitor.locale()));
            }
            html.append("</tbody></table>");
        }
        SandboxPage.write(response, HttpServletResponse.SC_OK, text.get("sandbox.outbox.title"), "sandbox-outbox-page", html.toString());
    }

    private static String row(HttpServletRequest request, OutboxEntry entry, SandboxText text, Locale locale) {
        boolean escalation = entry.kind() == FollowUpNotice.Kind.ESCALATION;
        return "<tr class=\"outbox-entry\" data-kind=\"" + entry.kind().name() + "\" data-request=\"" + Html.escape(entry.requestKey()) + "\">"
                + "<td>" + Html.escape(SandboxPage.dateTime(entry.sentAt(), locale)) + "</td>"
                + "<td><span class=\"aui-lozenge " + (escalation ? "aui-lozenge-error" : "aui-lozenge-moved") + "\">"
                + text.html("sandbox.outbox.kind." + entry.kind().name()) + "</span></td>"
                + "<td><a href=\"" + Html.escape(request.getContextPath() + RequestViewServlet.PATH + "/" + entry.requestKey()) + "\">"
                + Html.escape(entry.requestKey()) + "</a></td>"
                + "<td>" + Html.escape(entry.organisationName()) + "</td>"
                + "<td>" + entry.rating() + "</td>"
                + "<td>" + Html.escape(SandboxPage.dateTime(entry.dueAt(), locale)) + "</td>"
                + "<td>" + Html.escape(recipients(entry, text)) + "</td>"
                + "<td>" + Html.escape(entry.node()) + "</td></tr>";
    }

    /** Display names of the demo users (their keys when unknown) and the group. */
    private static String recipients(OutboxEntry entry, SandboxText text) {
        List<String> names = new ArrayList<>();
        for (String key : entry.recipientKeys()) {
            names.add(DemoUsers.find(key).map(DemoUser::displayName).orElse(key));
        }
        if (entry.recipientGroup() != null) {
            names.add(text.get("sandbox.outbox.group", entry.recipientGroup()));
        }
        return String.join(", ", names);
    }
}
