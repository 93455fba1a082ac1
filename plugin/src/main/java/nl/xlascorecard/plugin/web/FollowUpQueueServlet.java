package nl.xlascorecard.plugin.web;

import java.io.IOException;
import java.util.Optional;

import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.Role;
import nl.xlascorecard.plugin.i18n.Messages;
import nl.xlascorecard.plugin.security.CallerResolver;

/**
 * {@code /plugins/servlet/xla/followups}: the follow-up queue (call-backs of unhappy customers) for
 * service managers, and for agents the follow-ups of their organisations. Customers and others who
 * work no organisation get a 403 page; what each may see and do is decided again by the core
 * behind REST.
 */
public final class FollowUpQueueServlet extends HttpServlet {

    public static final String PATH = "/plugins/servlet/xla/followups";
    static final String TEMPLATE = "templates/web/follow-up-queue.vm";

    private static final long serialVersionUID = 1L;

    private final transient PageRendering rendering;
    private final transient CallerResolver callers;

    public FollowUpQueueServlet(TemplateRenderer renderer, PageBuilderService pageBuilder, CallerResolver callers,
                                Messages messages) {
        this.rendering = new PageRendering(renderer, pageBuilder, messages);
        this.callers = callers;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> caller = rendering.admit(callers, request, response, FollowUpQueueServlet::worksFollowUps,
                "xla.web.forbidden.followups");
        if (caller.isEmpty()) {
            return;
        }
        rendering.render(response, TEMPLATE, WebResources.FOLLOW_UP_QUEUE_PAGE,
                new FollowUpQueuePage(request.getContextPath(), rendering.languageTag(), caller.get().userKey(),
                        caller.get().isServiceManager()));
    }

    private static boolean worksFollowUps(Caller caller) {
        return caller.isServiceManager() || caller.has(Role.AGENT) || !caller.agentOrganisationIds().isEmpty();
    }
}
