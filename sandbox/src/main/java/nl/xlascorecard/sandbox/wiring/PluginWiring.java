package nl.xlascorecard.sandbox.wiring;

import java.time.Clock;

import nl.xlascorecard.aohost.AoHost;
import nl.xlascorecard.aohost.EntityManagerActiveObjects;
import nl.xlascorecard.core.followup.port.out.FollowUpNotifier;
import nl.xlascorecard.core.organisation.port.out.OrganisationDirectory;
import nl.xlascorecard.core.rating.port.out.RatingSource;
import nl.xlascorecard.core.target.port.out.SlaMetricsSource;
import nl.xlascorecard.core.scorecard.domain.DefaultTemplate;
import nl.xlascorecard.plugin.config.XlaApp;
import nl.xlascorecard.plugin.persistence.PersistenceModule;
import nl.xlascorecard.sandbox.db.SandboxDatabase;

/**
 * Composition of the plugin on the sandbox database, as Jira does it when the app is enabled:
 * Active Objects through {@code ao-host} (upgrade tasks and schema migration first), then the
 * plugin's composition root {@link XlaApp}, whose in-ports become {@link Components}. This is the
 * only class that knows how the plugin is assembled.
 */
public final class PluginWiring implements AutoCloseable {

    private final EntityManagerActiveObjects ao;
    private final XlaApp app;

    private PluginWiring(EntityManagerActiveObjects ao, XlaApp app) {
        this.ao = ao;
        this.app = app;
    }

    /**
     * @param ratings  where the reconciliation job finds ratings (the simulated service desk)
     * @param notifier where reminders and escalations go (the outbox)
     */
    public static PluginWiring start(SandboxDatabase database, OrganisationDirectory directory, RatingSource ratings,
                                     FollowUpNotifier notifier, Clock clock, Components components) {
        return start(database, directory, ratings, notifier, SlaMetricsSource.NONE, clock, components);
    }

    /** @param sla the SLA results beside the XLA statuses (the simulated service desk) */
    public static PluginWiring start(SandboxDatabase database, OrganisationDirectory directory, RatingSource ratings,
                                     FollowUpNotifier notifier, SlaMetricsSource sla, Clock clock, Components components) {
        EntityManagerActiveObjects ao = AoHost.start(database.aoDatabase(), PersistenceModule.NAMESPACE,
                PersistenceModule.entities(), PersistenceModule.upgradeTasks(() -> DefaultTemplate.asVersion1(clock.instant())));
        XlaApp app = new XlaApp(ao, directory, ratings, notifier, sla, clock);
        components.add(OrganisationDirectory.class, directory).add(Clock.class, clock).add(XlaApp.class, app).addGettersOf(app);
        return new PluginWiring(ao, app);
    }

    public XlaApp app() {
        return app;
    }

    /** Stops the app's own thread (target evaluation after ratings), then closes the AO entity manager and its connections. */
    @Override
    public void close() {
        app.close();
        ao.close();
    }
}
