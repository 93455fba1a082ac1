package nl.xlascorecard.sandbox.descriptor;

import java.util.List;

/**
 * A {@code <rest>} module: resources of {@code packages} are served under
 * {@code /rest/<path>/<version>}.
 *
 * @param path     e.g. {@code /xla-scorecard}
 * @param version  e.g. {@code 1.0}
 * @param packages the {@code <package>} elements (REST v2 scans only these)
 */
public record RestModule(String key, String path, String version, List<String> packages) {

    public RestModule {
        packages = List.copyOf(packages);
    }

    /** The servlet mapping below the context path, e.g. {@code /rest/xla-scorecard/1.0/*}. */
    public String mapping() {
        String trimmed = path.startsWith("/") ? path : "/" + path;
        return "/rest" + trimmed + "/" + version + "/*";
    }
}
