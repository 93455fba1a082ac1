package nl.xlascorecard.sandbox.webpanel;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import nl.xlascorecard.sandbox.auth.DemoUser;
import nl.xlascorecard.sandbox.servicedesk.ServiceRequest;
import nl.xlascorecard.sandbox.web.CurrentRequest;

/**
 * The context Jira gives the panels of the issue view ({@code atl.jira.view.issue.*}), as far as the
 * sandbox fills it (the contract is in docs/sandbox.md): {@code issue}, {@code user}, {@code req}
 * (the HTTP request, as in Jira's Velocity context) and {@code xla.organisationIds} (the request's
 * JSM organisations, which the app's experience panel may use).
 *
 * <p>When the plugin's class path declares Jira's {@code com.atlassian.jira.issue.Issue}, the
 * {@code issue} value implements it (a proxy answering {@code getId()}, {@code getKey()},
 * {@code getSummary()}, {@code getReporter()} and {@code getUpdated()}, and failing loudly on
 * anything else, e.g. custom field values), so a context provider can cast to it as
 * in Jira; otherwise it is a {@link SandboxIssue} with the same getters.
 */
public final class IssueContext {

    public static final String ISSUE_RIGHT_CONTEXT = "atl.jira.view.issue.right.context";
    static final String JIRA_ISSUE = "com.atlassian.jira.issue.Issue";

    private final Class<?> jiraIssue;

    public IssueContext(ClassLoader loader) {
        this.jiraIssue = loadJiraIssue(loader).orElse(null);
    }

    private static Optional<Class<?>> loadJiraIssue(ClassLoader loader) {
        try {
            Class<?> type = Class.forName(JIRA_ISSUE, false, loader);
            return type.isInterface() ? Optional.of(type) : Optional.empty();
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    public Map<String, Object> of(ServiceRequest request, DemoUser user) {
        Map<String, Object> context = new HashMap<>();
        Instant updated = request.resolvedAt() != null ? request.resolvedAt() : request.createdAt();
        SandboxUser reporter = request.reporterKey() == null ? null : new SandboxUser(request.reporterKey(), request.reporterName());
        SandboxIssue issue = new SandboxIssue(request.id(), request.key(), request.summary(), reporter, Timestamp.from(updated));
        context.put("issue", jiraIssue == null ? issue : asJiraIssue(issue));
        context.put("user", new SandboxUser(user.username(), user.displayName()));
        CurrentRequest.get().ifPresent(r -> context.put("req", r));
        context.put("xla.organisationIds", request.organisationIds());
        return context;
    }

    private Object asJiraIssue(SandboxIssue issue) {
        InvocationHandler handler = (proxy, method, args) -> answer(issue, method, args);
        return Proxy.newProxyInstance(jiraIssue.getClassLoader(), new Class<?>[] {jiraIssue}, handler);
    }

    private static Object answer(SandboxIssue issue, Method method, Object[] args) {
        return switch (method.getName()) {
            case "getId" -> issue.getId();
            case "getKey" -> issue.getKey();
            case "getSummary" -> issue.getSummary();
            case "getReporter" -> issue.getReporter();
            case "getUpdated" -> issue.getUpdated();
            case "toString" -> issue.toString();
            case "hashCode" -> issue.getKey().hashCode();
            case "equals" -> args != null && args.length == 1 && args[0] != null && Proxy.isProxyClass(args[0].getClass())
                    && args[0].toString().equals(issue.getKey());
            default -> throw new IllegalStateException("The sandbox's issue offers getId(), getKey(), getSummary(),"
                    + " getReporter() and getUpdated() only, not " + method.getName() + "() (docs/sandbox.md, web panels)");
        };
    }
}
