package nl.xlascorecard.plugin.web.panel;

import java.util.Map;

import com.atlassian.plugin.web.Condition;

import nl.xlascorecard.plugin.jsm.JsmRequestFields;

/**
 * Shows the experience panel only on a request of at least one organisation. In Jira the
 * organisations come from JSM's Organizations field of the issue ({@link JsmRequestFields}); a host
 * without it (the sandbox) gives them in the context. When neither knows them the panel is offered
 * and the context provider decides from the stored rating or follow-up (it needs the app's data,
 * which a condition should not read). Hiding the panel here rather than rendering it empty keeps
 * the issue view free of an empty box beside the SLA panel.
 */
public final class ExperiencePanelCondition implements Condition {

    /** JSM's request fields in Jira; {@code null} in a host that gives the organisations itself. */
    private final JsmRequestFields fields;

    public ExperiencePanelCondition() {
        this(null);
    }

    /** In Jira: reads the request's organisations from JSM's Organizations field. */
    public ExperiencePanelCondition(JsmRequestFields fields) {
        this.fields = fields;
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters: the condition only looks at the render context.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return PanelContext.requestKey(context).isPresent()
                && PanelContext.knownOrganisationIds(context, fields).map(ids -> !ids.isEmpty()).orElse(true);
    }
}
