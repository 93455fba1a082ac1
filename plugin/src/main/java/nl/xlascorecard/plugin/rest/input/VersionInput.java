package nl.xlascorecard.plugin.rest.input;

import java.io.InputStream;
import java.util.Set;

/**
 * Body of a state change that only needs the version the client saw ({@code POST /rounds/{id}/open}
 * and {@code /close}): {@code {"version": 3}}. A stale version is the core's 409.
 */
public final class VersionInput {

    static final Set<String> FIELDS = Set.of("version");

    private VersionInput() {
    }

    public static long read(InputStream body) {
        JsonObjectReader json = JsonBody.read(body, FIELDS);
        Long version = json.requiredLong("version");
        json.validate();
        return version;
    }
}
