package nl.xlascorecard.plugin.web.panel;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.webresource.api.assembler.PageBuilderService;

import nl.xlascorecard.core.followup.port.in.WorkFollowUps;
import nl.xlascorecard.core.organisation.port.in.ManageOrganisations;
import nl.xlascorecard.core.rating.port.in.ReadTicketRatings;
import nl.xlascorecard.core.scorecard.port.in.ReadRoundResults;
import nl.xlascorecard.core.target.port.in.ManageTargets;
import nl.xlascorecard.plugin.i18n.Messages;
import nl.xlascorecard.plugin.jsm.JsmRequestFields;
import nl.xlascorecard.plugin.security.CallerResolver;
import nl.xlascorecard.plugin.users.UserNames;
import nl.xlascorecard.plugin.web.PageText;
import nl.xlascorecard.plugin.web.WebResources;

/**
 * Context provider of the experience panel ({@code web-panel} at
 * {@code atl.jira.view.issue.right.context}, next to JSM's SLA panel). Adds {@code $xlaPanel} (an
 * {@link ExperiencePanel}) and {@code $xlaText} (texts) to the panel's Velocity context and asks for
 * the panel's script and styles.
 *
 * <p>The issue view belongs to Jira, not to the app: whatever goes wrong here (a database hiccup, a
 * bug) is logged and turns into a one-line message in the panel, never into a broken issue view.
 */
public final class ExperiencePanelContextProvider implements ContextProvider {

    public static final String PANEL = "xlaPanel";
    public static final String TEXT = "xlaText";

    private static final Logger LOG = LoggerFactory.getLogger(ExperiencePanelContextProvider.class);

    private final CallerResolver callers;
    private final Messages messages;
    private final PageBuilderService pageBuilder;
    private final ExperiencePanelBuilder builder;
    /** JSM's request fields in Jira; {@code null} in a host that gives the organisations in the context. */
    private final JsmRequestFields fields;

    public ExperiencePanelContextProvider(CallerResolver callers, Messages messages, PageBuilderService pageBuilder,
                                          ReadTicketRatings ratings, WorkFollowUps followUps, ReadRoundResults results,
                                          ManageOrganisations organisations, UserNames names) {
        this(callers, messages, pageBuilder, ratings, followUps, results, organisations, null, names);
    }

    /**
     * With the organisations' XLA target statuses as lozenges (the sandbox host builds it with these);
     * {@code names} gives the follow-ups' owners their display names.
     */
    public ExperiencePanelContextProvider(CallerResolver callers, Messages messages, PageBuilderService pageBuilder,
                                          ReadTicketRatings ratings, WorkFollowUps followUps, ReadRoundResults results,
                                          ManageOrganisations organisations, ManageTargets targets, UserNames names) {
        this(callers, messages, pageBuilder, ratings, followUps, results, organisations, targets, null, names);
    }

    /**
     * In Jira (constructor injection takes the constructor with the most parameters): also reads the
     * request's organisations from JSM's Organizations field, so a request that has no rating yet
     * still shows its organisation's CSAT, scorecard and open follow-ups.
     */
    public ExperiencePanelContextProvider(CallerResolver callers, Messages messages, PageBuilderService pageBuilder,
                                          ReadTicketRatings ratings, WorkFollowUps followUps, ReadRoundResults results,
                                          ManageOrganisations organisations, ManageTargets targets,
                                          JsmRequestFields fields, UserNames names) {
        this.fields = fields;
        this.callers = callers;
        this.messages = messages;
        this.pageBuilder = pageBuilder;
        // Times in the server's zone, which is Jira's default user time zone.
        this.builder = new ExperiencePanelBuilder(new ExperiencePanelBuilder.Ports(ratings, followUps, results,
                organisations, targets), names, messages, ZoneId.systemDefault());
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters in the descriptor.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>();
        result.put(TEXT, new PageText(messages));
        result.put(PANEL, panel(context));
        return result;
    }

    private ExperiencePanel panel(Map<String, Object> context) {
        try {
            ExperiencePanel panel = builder.build(callers.current(), withOrganisations(context));
            if (panel.isShown()) {
                pageBuilder.assembler().resources().requireWebResource(WebResources.EXPERIENCE_PANEL);
            }
            return panel;
        } catch (RuntimeException e) {
            LOG.error("The XLA experience panel of request {} could not be built",
                    PanelContext.requestKey(context).orElse("(none)"), e);
            return ExperiencePanel.failed(messages.text("xla.web.panel.error"));
        }
    }

    /** The context with the request's organisation ids added when the host did not give them (Jira). */
    private Map<String, Object> withOrganisations(Map<String, Object> context) {
        if (context == null || context.containsKey(PanelContext.ORGANISATION_IDS)) {
            return context;
        }
        return PanelContext.knownOrganisationIds(context, fields).map(ids -> {
            Map<String, Object> enriched = new HashMap<>(context);
            enriched.put(PanelContext.ORGANISATION_IDS, ids);
            return enriched;
        }).orElse(context);
    }
}
