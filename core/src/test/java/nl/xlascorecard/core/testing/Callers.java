package nl.xlascorecard.core.testing;

import java.util.Set;

import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.Role;

/** Callers of each role, as the host would build them. */
public final class Callers {

    private Callers() {
    }

    public static Caller admin() {
        return new Caller("admin", Set.of(Role.ADMINISTRATOR), Set.of(), Set.of());
    }

    public static Caller serviceManager(String userKey) {
        return new Caller(userKey, Set.of(Role.SERVICE_MANAGER), Set.of(), Set.of());
    }

    public static Caller serviceManagerAndAgent(String userKey, Long... agentOrganisations) {
        return new Caller(userKey, Set.of(Role.SERVICE_MANAGER, Role.AGENT), Set.of(agentOrganisations), Set.of());
    }

    public static Caller agent(String userKey, Long... organisations) {
        return new Caller(userKey, Set.of(Role.AGENT), Set.of(organisations), Set.of());
    }

    public static Caller customer(String userKey, Long... organisations) {
        return new Caller(userKey, Set.of(Role.CUSTOMER), Set.of(), Set.of(organisations));
    }
}
