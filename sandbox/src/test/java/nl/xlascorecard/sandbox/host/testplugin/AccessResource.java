package nl.xlascorecard.sandbox.host.testplugin;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.plugin.security.CallerResolver;

/** A REST resource built by the sandbox with a constructor argument, with one method per access level. */
@Path("access")
@Produces(MediaType.APPLICATION_JSON)
public class AccessResource {

    private final CallerResolver callers;

    public AccessResource(CallerResolver callers) {
        this.callers = callers;
    }

    @GET
    @Path("anyone")
    @UnrestrictedAccess
    public Map<String, Object> anyone() {
        return Map.of("user", callers.current().map(Caller::userKey).orElse("anonymous"));
    }

    @GET
    @Path("user")
    public Map<String, Object> user() {
        return Map.of("user", callers.current().orElseThrow().userKey());
    }

    @GET
    @Path("admin")
    @AdminOnly
    public Map<String, Object> admin() {
        return Map.of("user", callers.current().orElseThrow().userKey(), "day", java.time.LocalDate.of(2026, 3, 1));
    }
}
