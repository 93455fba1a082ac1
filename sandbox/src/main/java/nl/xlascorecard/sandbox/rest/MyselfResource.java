package nl.xlascorecard.sandbox.rest;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import nl.xlascorecard.sandbox.auth.CurrentVisitor;
import nl.xlascorecard.sandbox.auth.DemoUser;

/**
 * {@code GET /rest/sandbox/1.0/myself}: who the sandbox thinks you are (user, roles, organisations,
 * language). For curl checks of log-in and for tests; not part of the app.
 */
@Path("myself")
@Produces(MediaType.APPLICATION_JSON)
public class MyselfResource {

    @GET
    public Map<String, Object> myself() {
        DemoUser user = CurrentVisitor.user().orElseThrow();
        return Map.of(
                "name", user.username(),
                "displayName", user.displayName(),
                "roles", user.roles().stream().map(Enum::name).sorted().toList(),
                "agentOrganisationIds", user.agentOrganisationIds().stream().sorted().toList(),
                "customerOrganisationIds", user.customerOrganisationIds().stream().sorted().toList(),
                "locale", CurrentVisitor.get().locale().toLanguageTag(),
                "sandbox", true,
                "notes", List.of("XLA Scorecard sandbox, not Jira"));
    }
}
