package nl.xlascorecard.sandbox.host.testplugin;

import java.util.HashMap;
import java.util.Map;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

import nl.xlascorecard.plugin.security.CallerResolver;

/**
 * A test plugin's context provider with Jira's ContextProvider methods: built by constructor
 * injection, given the module's params, and asked for the panel's context from the issue context,
 * whose {@code issue} it reads as Jira's Issue, as the app's providers do.
 */
public final class IssuePanelContextProvider {

    private final CallerResolver callers;
    private String greeting = "";

    public IssuePanelContextProvider(CallerResolver callers) {
        this.callers = callers;
    }

    public void init(Map<String, String> params) {
        greeting = params.get("greeting");
    }

    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Issue issue = (Issue) context.get("issue");
        ApplicationUser user = (ApplicationUser) context.get("user");
        Map<String, Object> panel = new HashMap<>();
        panel.put("greeting", greeting);
        panel.put("issueKey", issue.getKey());
        panel.put("reporter", issue.getReporter().getDisplayName());
        panel.put("viewer", user.getKey() + "/" + callers.current().orElseThrow().userKey());
        return panel;
    }
}
