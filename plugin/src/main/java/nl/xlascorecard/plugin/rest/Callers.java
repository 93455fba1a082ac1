package nl.xlascorecard.plugin.rest;

import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.plugin.rest.error.RequestRejectedException;
import nl.xlascorecard.plugin.security.CallerResolver;

/** The logged-in caller of a REST request, or 401 when nobody is logged in. */
final class Callers {

    private Callers() {
    }

    static Caller require(CallerResolver callers) {
        return callers.current().orElseThrow(RequestRejectedException::notLoggedIn);
    }
}
