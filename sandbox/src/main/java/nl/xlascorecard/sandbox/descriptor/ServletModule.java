package nl.xlascorecard.sandbox.descriptor;

import java.util.List;

/**
 * A {@code <servlet>} module: Jira mounts it under {@code /plugins/servlet} with its URL patterns.
 *
 * @param urlPatterns e.g. {@code /xla/organisations} or {@code /xla/admin/*}
 */
public record ServletModule(String key, String className, List<String> urlPatterns) {

    public ServletModule {
        urlPatterns = List.copyOf(urlPatterns);
    }
}
