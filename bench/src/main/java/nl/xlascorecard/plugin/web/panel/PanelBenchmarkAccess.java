package nl.xlascorecard.plugin.web.panel;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.plugin.config.XlaApp;
import nl.xlascorecard.plugin.i18n.BundleMessages;

/**
 * Lets the benchmark module call the experience panel's real builder, which is package-private to
 * the plugin (only its context provider uses it). Lives in the bench module, in the builder's
 * package, so the plugin need not open the builder up for a benchmark. Builds the panel exactly as
 * {@link ExperiencePanelContextProvider} does (with the XLA target lozenges), minus Jira's web-resource call.
 */
public final class PanelBenchmarkAccess {

    private final ExperiencePanelBuilder builder;

    public PanelBenchmarkAccess(XlaApp app, Locale locale) {
        this.builder = new ExperiencePanelBuilder(new ExperiencePanelBuilder.Ports(app.ratings(), app.followUps(),
                app.results(), app.organisations(), app.targets()), new BundleMessages(locale), ZoneId.of("Europe/Amsterdam"));
    }

    /** The panel of one request as the viewer sees it on the issue view; the host passes the organisations. */
    public ExperiencePanel build(Caller viewer, String requestKey, List<Long> organisationIds) {
        return builder.build(Optional.of(viewer), Map.of(PanelContext.REQUEST_KEY, requestKey,
                PanelContext.ORGANISATION_IDS, organisationIds, PanelContext.CONTEXT_PATH, "/jira"));
    }
}
