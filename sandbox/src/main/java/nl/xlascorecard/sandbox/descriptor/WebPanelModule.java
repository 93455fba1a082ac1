package nl.xlascorecard.sandbox.descriptor;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@code <web-panel>} module rendered from a Velocity resource, as Jira renders it: the context
 * provider adds to the location's context, the conditions decide whether it shows, and the panels of
 * a location appear by ascending weight.
 *
 * @param contextProvider class of the {@code <context-provider>}, or {@code null}
 * @param params          the module's {@code <param name value>} elements, handed to the provider's {@code init}
 * @param template        location of the {@code <resource type="velocity" name="view">}
 * @param conditions      classes of the {@code <condition>} elements (all must hold)
 * @param labelKey        the {@code <label key>}, or {@code null}
 */
public record WebPanelModule(String key, String location, int weight, String contextProvider, Map<String, String> params,
                             String template, List<String> conditions, String labelKey) {

    /** Jira's weight for a web fragment that declares none. */
    public static final int DEFAULT_WEIGHT = 1000;

    public WebPanelModule {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(location, "location");
        params = Map.copyOf(params);
        conditions = List.copyOf(conditions);
    }
}
