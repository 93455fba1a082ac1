package nl.xlascorecard.sandbox.host.testplugin;

import java.util.Map;

import nl.xlascorecard.sandbox.webpanel.SandboxIssue;

/** A test plugin's condition: hides its panel on request {@code HIDE-1}. */
public final class HiddenForKeyCondition {

    public boolean shouldDisplay(Map<String, Object> context) {
        return !"HIDE-1".equals(((SandboxIssue) context.get("issue")).getKey());
    }
}
