package nl.xlascorecard.sandbox.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.xlascorecard.core.organisation.domain.OrganisationRef;
import nl.xlascorecard.core.organisation.port.out.OrganisationDirectory;
import nl.xlascorecard.core.shared.Role;
import nl.xlascorecard.sandbox.auth.CurrentVisitor;
import nl.xlascorecard.sandbox.auth.DemoUser;
import nl.xlascorecard.sandbox.auth.Visitor;
import nl.xlascorecard.sandbox.servicedesk.JdbcServiceRequests;
import nl.xlascorecard.sandbox.servicedesk.ServiceRequest;
import nl.xlascorecard.sandbox.servicedesk.SlaOutcome;
import nl.xlascorecard.sandbox.webpanel.IssueContext;
import nl.xlascorecard.sandbox.webpanel.RenderedPanel;
import nl.xlascorecard.sandbox.webpanel.WebPanels;

/**
 * {@code /browse/<key>}: a request as JSM's agent view shows it. Summary and details on the left;
 * in the right column the SLA panel (the simulated SLA results) and then the plugin's web panels for
 * {@code atl.jira.view.issue.right.context}, by weight. Agents see the requests of their
 * organisations, service managers and administrators all; portal customers do not get the agent
 * view, and a request they may not see looks the same as a missing one (404).
 */
public final class RequestViewServlet extends HttpServlet {

    public static final String PATH = "/browse";
    private static final long serialVersionUID = 1L;

    private final transient JdbcServiceRequests requests;
    private final transient OrganisationDirectory directory;
    private final transient WebPanels panels;
    private final transient IssueContext issueContext;

    public RequestViewServlet(JdbcServiceRequests requests, OrganisationDirectory directory, WebPanels panels,
                              IssueContext issueContext) {
        this.requests = requests;
        this.directory = directory;
        this.panels = panels;
        this.issueContext = issueContext;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Visitor visitor = CurrentVisitor.get();
        SandboxText text = new SandboxText(visitor.locale());
        DemoUser user = visitor.user().orElseThrow(() -> new IllegalStateException("The authentication filter lets no anonymous visitor in"));
        String key = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<ServiceRequest> found = requests.find(key).filter(r -> mayView(user, r));
        if (found.isEmpty()) {
            SandboxPage.message(response, HttpServletResponse.SC_NOT_FOUND, text, "sandbox.request.notFound");
            return;
        }
        ServiceRequest shown = found.get();
        List<RenderedPanel> rendered = panels.render(IssueContext.ISSUE_RIGHT_CONTEXT, issueContext.of(shown, user), visitor.locale());
        String html = "<header class=\"aui-page-header\"><div class=\"aui-page-header-main\">"
                + "<p class=\"sandbox-issue-key\"><a id=\"issue-key\" href=\"" + Html.escape(request.getContextPath() + PATH + "/" + shown.key())
                + "\">" + Html.escape(shown.key()) + "</a></p>"
                + "<h1 id=\"summary-val\">" + Html.escape(shown.summary()) + "</h1></div></header>\n"
                + "<div class=\"sandbox-issue\">\n<div class=\"sandbox-issue-main\">" + details(shown, text, visitor) + "</div>\n"
                + "<aside id=\"viewissuesidebar\" class=\"sandbox-issue-side\" aria-label=\"" + text.html("sandbox.request.side") + "\">\n"
                + slaPanel(shown, text) + panelsHtml(rendered, text) + "</aside>\n</div>";
        SandboxPage.write(response, HttpServletResponse.SC_OK, shown.key() + " " + shown.summary(), "sandbox-request-view", html);
    }

    /** Jira's browse permission, reduced to the demo users' roles. */
    static boolean mayView(DemoUser user, ServiceRequest request) {
        if (user.roles().contains(Role.ADMINISTRATOR) || user.roles().contains(Role.SERVICE_MANAGER)) {
            return true;
        }
        return user.roles().contains(Role.AGENT) && request.organisationIds().stream().anyMatch(user.agentOrganisationIds()::contains);
    }

    private String details(ServiceRequest request, SandboxText text, Visitor visitor) {
        String organisations = directory.findAll(request.organisationIds()).stream().map(OrganisationRef::name)
                .map(Html::escape).collect(Collectors.joining(", "));
        return "<h2>" + text.html("sandbox.request.details") + "</h2><dl id=\"issue-details\" class=\"sandbox-details\">"
                + row("status", text.html("sandbox.request.status"), "<span id=\"status-val\" class=\"aui-lozenge"
                        + (request.status().isResolved() ? " aui-lozenge-success" : " aui-lozenge-current") + "\">"
                        + text.html(request.status().textKey()) + "</span>")
                + row("reporter", text.html("sandbox.request.reporter"), Html.escape(request.reporterName()))
                + row("organisations", text.html("sandbox.request.organisations"), organisations)
                + row("created", text.html("sandbox.request.created"), Html.escape(SandboxPage.dateTime(request.createdAt(), visitor.locale())))
                + (request.resolvedAt() == null ? ""
                        : row("resolved", text.html("sandbox.request.resolved"),
                                Html.escape(SandboxPage.dateTime(request.resolvedAt(), visitor.locale()))))
                + "</dl>";
    }

    private static String row(String id, String labelHtml, String valueHtml) {
        return "<dt>" + labelHtml + "</dt><dd id=\"detail-" + id + "\">" + valueHtml + "</dd>";
    }

    /** The simulated SLA panel: per SLA its name, the time used against the goal, and met, breached or running. */
    private static String slaPanel(ServiceRequest request, SandboxText text) {
        StringBuilder html = new StringBuilder(1024);
        html.append("<section id=\"sla-panel\" class=\"module sandbox-panel\" aria-labelledby=\"sla-panel-heading\">")
                .append("<h2 id=\"sla-panel-heading\">").append(text.html("sandbox.sla.title")).append("</h2><ul class=\"sandbox-sla-list\">");
        for (SlaOutcome sla : request.slas()) {
            String state = !sla.completed() ? (sla.breached() ? "breached" : "running") : sla.met() ? "met" : "breached";
            String lozenge = switch (state) {
                case "met" -> "aui-lozenge-success";
                case "breached" -> "aui-lozenge-error";
                default -> "aui-lozenge-current";
            };
            html.append("<li class=\"sandbox-sla\" data-sla=\"").append(sla.metric().name()).append("\" data-state=\"").append(state)
                    .append("\"><span class=\"sandbox-sla-name\">").append(text.html(sla.metric().textKey())).append("</span> ")
                    .append("<span class=\"aui-lozenge ").append(lozenge).append("\">").append(text.html("sandbox.sla.state." + state))
                    .append("</span> <span class=\"sandbox-sla-time\">")
                    .append(text.html("sandbox.sla.time", SandboxPage.duration(sla.elapsed()), SandboxPage.duration(sla.goal())))
                    .append("</span></li>");
        }
        return html.append("</ul></section>\n").toString();
    }

    private static String panelsHtml(List<RenderedPanel> rendered, SandboxText text) {
        StringBuilder html = new StringBuilder();
        for (RenderedPanel panel : rendered) {
            String headingId = "web-panel-" + panel.key() + "-heading";
            html.append("<section id=\"web-panel-").append(Html.escape(panel.key())).append("\" class=\"module sandbox-panel sandbox-web-panel\"")
                    .append(" data-panel-key=\"").append(Html.escape(panel.key())).append("\"");
            if (panel.label() != null) {
                html.append(" aria-labelledby=\"").append(Html.escape(headingId)).append("\"><h2 id=\"").append(Html.escape(headingId))
                        .append("\">").append(Html.escape(panel.label())).append("</h2>");
            } else {
                html.append('>');
            }
            html.append(panel.failed()
                    ? "<div class=\"aui-message aui-message-error\"><p>" + text.html("sandbox.panel.failed") + "</p></div>"
                    : panel.html());
            html.append("</section>\n");
        }
        return html.toString();
    }
}
