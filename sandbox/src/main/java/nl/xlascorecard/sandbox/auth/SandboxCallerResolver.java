package nl.xlascorecard.sandbox.auth;

import java.util.Optional;

import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.plugin.security.CallerResolver;

/** The sandbox's {@link CallerResolver}: the demo user of the current request, as a core {@link Caller}. */
public final class SandboxCallerResolver implements CallerResolver {

    @Override
    public Optional<Caller> current() {
        return CurrentVisitor.user().map(DemoUser::caller);
    }
}
