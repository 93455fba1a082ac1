package nl.xlascorecard.sandbox.wiring;

import java.time.Clock;

import nl.xlascorecard.core.organisation.port.out.OrganisationDirectory;
import nl.xlascorecard.sandbox.db.SandboxDatabase;

/**
 * Composition of the plugin on the sandbox database: the AO facade from module {@code ao-host}, the
 * plugin's composition root {@code XlaApp}, and its in-ports registered as {@link Components}.
 * This is the only class that knows how the plugin is assembled.
 */
public final class PluginWiring implements AutoCloseable {

    private PluginWiring() {
    }

    public static PluginWiring start(SandboxDatabase database, OrganisationDirectory directory, Clock clock, Components components) {
        components.add(OrganisationDirectory.class, directory).add(Clock.class, clock);
        return new PluginWiring();
    }

    /** Closes the AO entity manager and its connections. */
    @Override
    public void close() {
        // Nothing is open until the AO facade is wired in.
    }
}
