package nl.xlascorecard.sandbox.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.xlascorecard.core.shared.Role;
import nl.xlascorecard.sandbox.servicedesk.DemoOrganisations;

/** The sandbox's users, one per role of the spec; each password equals the user name. */
public final class DemoUsers {

    public static final String ADMIN = "admin";
    public static final String SERVICE_MANAGER = "servicemanager";
    public static final String SERVICE_MANAGER_LIMITED = "sm.limited";
    public static final String AGENT = "agent";
    public static final String CUSTOMER = "customer";

    /**
     * The organisations {@code sm.limited} manages: the demo data lists the user as service manager
     * of these (so they matter when "limit service managers to their own organisations" is on).
     */
    public static final Set<Long> SM_LIMITED_ORGANISATIONS = Set.of(DemoOrganisations.DE_LINDE, DemoOrganisations.OOSTERVAART);

    /** The organisations of the service projects {@code agent} works in. */
    public static final Set<Long> AGENT_ORGANISATIONS =
            Set.of(DemoOrganisations.NOORDERLICHT, DemoOrganisations.RIVIERENLAND, DemoOrganisations.DE_LINDE);

    /** The organisation {@code customer} belongs to. */
    public static final long CUSTOMER_ORGANISATION = DemoOrganisations.NOORDERLICHT;

    public static final List<DemoUser> ALL = List.of(
            new DemoUser(ADMIN, "Anne Admin", "sandbox.user.admin", Set.of(Role.ADMINISTRATOR), Set.of(), Set.of()),
            new DemoUser(SERVICE_MANAGER, "Sanne de Vries", "sandbox.user.servicemanager", Set.of(Role.SERVICE_MANAGER),
                    Set.of(), Set.of()),
            new DemoUser(SERVICE_MANAGER_LIMITED, "Mehmet Yilmaz", "sandbox.user.smlimited", Set.of(Role.SERVICE_MANAGER),
                    Set.of(), Set.of()),
            new DemoUser(AGENT, "Pieter Bakker", "sandbox.user.agent", Set.of(Role.AGENT), AGENT_ORGANISATIONS, Set.of()),
            new DemoUser(CUSTOMER, "Fatima El Amrani", "sandbox.user.customer", Set.of(Role.CUSTOMER), Set.of(),
                    Set.of(CUSTOMER_ORGANISATION)));

    private DemoUsers() {
    }

    public static Optional<DemoUser> find(String username) {
        return ALL.stream().filter(u -> u.username().equals(username)).findFirst();
    }

    /** The user whose name and password match; compared in constant time. */
    public static Optional<DemoUser> authenticate(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        return find(username).filter(u -> MessageDigest.isEqual(
                u.username().getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8)));
    }
}
