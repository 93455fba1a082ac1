package nl.xlascorecard.sandbox.host.testplugin;

import java.util.Map;

import com.atlassian.jira.issue.Issue;

/** A test plugin's condition: hides its panel on request {@code HIDE-1}. */
public final class HiddenForKeyCondition {

    public boolean shouldDisplay(Map<String, Object> context) {
        return !"HIDE-1".equals(((Issue) context.get("issue")).getKey());
    }
}
