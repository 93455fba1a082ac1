package nl.xlascorecard.sandbox.auth;

import java.util.Optional;

/**
 * The visitor of the request this thread is serving, set by {@link AuthenticationFilter} for the
 * duration of the request (Jira's JiraAuthenticationContext does the same with a thread-local).
 */
public final class CurrentVisitor {

    private static final ThreadLocal<Visitor> CURRENT = new ThreadLocal<>();

    private CurrentVisitor() {
    }

    /** The current visitor; an anonymous English one outside a request (e.g. the demo data generator). */
    public static Visitor get() {
        Visitor visitor = CURRENT.get();
        return visitor != null ? visitor : Visitor.anonymous(Visitor.ENGLISH);
    }

    public static Optional<DemoUser> user() {
        return get().user();
    }

    static void set(Visitor visitor) {
        CURRENT.set(visitor);
    }

    static void clear() {
        CURRENT.remove();
    }
}
