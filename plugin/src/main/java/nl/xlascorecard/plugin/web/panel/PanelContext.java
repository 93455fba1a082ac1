package nl.xlascorecard.plugin.web.panel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.atlassian.jira.issue.Issue;

import jakarta.servlet.http.HttpServletRequest;

import nl.xlascorecard.plugin.jsm.JsmRequestFields;

/**
 * Reads the viewed request from a web panel's render context. Jira's issue view puts the issue under
 * {@code "issue"}; a host that has no Jira {@link Issue} (the sandbox's request view) puts the key
 * under {@link #REQUEST_KEY}. Either host may add the request's organisation ids under
 * {@link #ORGANISATION_IDS}; without them the panel falls back to the organisations stored with the
 * request's rating or follow-up.
 */
public final class PanelContext {

    /** Jira's context entry with the viewed {@link Issue}. */
    public static final String ISSUE = "issue";
    /** The request key as a String, for hosts without a Jira issue object. */
    public static final String REQUEST_KEY = "xla.requestKey";
    /** A collection of the request's organisation ids (numbers). */
    public static final String ORGANISATION_IDS = "xla.organisationIds";
    /** The servlet request of the page (Jira's velocity context has it as {@code req}). */
    public static final String HTTP_REQUEST = "req";
    /** The context path as a String, for hosts that give no request object. */
    public static final String CONTEXT_PATH = "xla.contextPath";

    private PanelContext() {
    }

    static Optional<String> requestKey(Map<String, Object> context) {
        if (context == null) {
            return Optional.empty();
        }
        Object issue = context.get(ISSUE);
        if (issue instanceof Issue jiraIssue && present(jiraIssue.getKey())) {
            return Optional.of(jiraIssue.getKey().strip());
        }
        Object key = context.get(REQUEST_KEY);
        if (key instanceof String text && present(text)) {
            return Optional.of(text.strip());
        }
        return Optional.empty();
    }

    /** The organisation ids the host gave, ascending and without duplicates; empty when none. */
    static List<Long> organisationIds(Map<String, Object> context) {
        if (context == null || !(context.get(ORGANISATION_IDS) instanceof Collection<?> values)) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (Object value : values) {
            if (value instanceof Number number && !ids.contains(number.longValue())) {
                ids.add(number.longValue());
            }
        }
        ids.sort(null);
        return List.copyOf(ids);
    }

    /**
     * The request's organisation ids when they are known: given by the host under
     * {@link #ORGANISATION_IDS}, or read from JSM's Organizations field of Jira's issue when
     * {@code fields} is there (in Jira). Empty when neither is known (then the panel falls back to
     * the organisations stored with the rating or follow-up).
     */
    static Optional<List<Long>> knownOrganisationIds(Map<String, Object> context, JsmRequestFields fields) {
        if (context == null) {
            return Optional.empty();
        }
        if (context.containsKey(ORGANISATION_IDS)) {
            return Optional.of(organisationIds(context));
        }
        if (fields != null && context.get(ISSUE) instanceof Issue issue) {
            return Optional.of(List.copyOf(fields.organisationIds(issue)));
        }
        return Optional.empty();
    }

    /** The web application's context path ("/jira"), for links; "" when the host gave none. */
    static String contextPath(Map<String, Object> context) {
        if (context == null) {
            return "";
        }
        if (context.get(HTTP_REQUEST) instanceof HttpServletRequest request && request.getContextPath() != null) {
            return request.getContextPath();
        }
        return context.get(CONTEXT_PATH) instanceof String path ? path : "";
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
