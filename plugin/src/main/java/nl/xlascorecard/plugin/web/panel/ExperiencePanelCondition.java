package nl.xlascorecard.plugin.web.panel;

import java.util.Map;

import com.atlassian.plugin.web.Condition;

/**
 * Shows the experience panel only on a request, i.e. when the context names one. Whether the
 * request has an organisation the viewer may see is decided by the context provider (it needs the
 * app's data); without one the panel renders nothing.
 */
public final class ExperiencePanelCondition implements Condition {

    @Override
    public void init(Map<String, String> params) {
        // No parameters: the condition only looks at the render context.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return PanelContext.requestKey(context).isPresent();
    }
}
