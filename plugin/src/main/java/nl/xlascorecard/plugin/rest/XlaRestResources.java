package nl.xlascorecard.plugin.rest;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import nl.xlascorecard.core.action.port.in.ManageImprovementActions;
import nl.xlascorecard.core.followup.port.in.ManageFollowUpSettings;
import nl.xlascorecard.core.followup.port.in.ReadFollowUpMetrics;
import nl.xlascorecard.core.followup.port.in.WorkFollowUps;
import nl.xlascorecard.core.nps.port.in.ReadSatisfactionTrend;
import nl.xlascorecard.core.organisation.port.in.ManageOrganisations;
import nl.xlascorecard.core.organisation.port.in.ManageSettings;
import nl.xlascorecard.core.rating.port.in.ReadRequestExperience;
import nl.xlascorecard.core.rating.port.in.ReadTicketRatings;
import nl.xlascorecard.core.scorecard.port.in.ManageRounds;
import nl.xlascorecard.core.scorecard.port.in.ManageTemplate;
import nl.xlascorecard.core.scorecard.port.in.ReadRoundResults;
import nl.xlascorecard.core.scorecard.port.in.RecordResponses;
import nl.xlascorecard.core.target.port.in.ManageTargets;
import nl.xlascorecard.core.target.port.in.ReadXlaOverview;
import nl.xlascorecard.plugin.config.XlaApp;
import nl.xlascorecard.plugin.i18n.Messages;
import nl.xlascorecard.plugin.rest.error.DomainExceptionMapper;
import nl.xlascorecard.plugin.rest.error.JsonProcessingExceptionMapper;
import nl.xlascorecard.plugin.rest.error.RequestRejectedExceptionMapper;
import nl.xlascorecard.plugin.rest.error.UnexpectedExceptionMapper;
import nl.xlascorecard.plugin.rest.error.WebApplicationExceptionMapper;
import nl.xlascorecard.plugin.rest.security.XsrfCheckFilter;
import nl.xlascorecard.plugin.security.CallerResolver;
import nl.xlascorecard.plugin.users.UserNames;

/**
 * Every resource and provider of the REST module, built by hand: for a host that registers
 * instances itself instead of scanning {@code nl.xlascorecard.plugin.rest} as Jira does (the sandbox
 * scans, like Jira). {@code XlaRestResourcesTest} checks this list against the package.
 */
public final class XlaRestResources {

    /** The use cases the REST API exposes. */
    public record InPorts(ManageOrganisations organisations, ManageSettings settings, ManageTemplate template,
                          ManageRounds rounds, RecordResponses responses, ReadRoundResults results,
                          ManageImprovementActions actions, ReadTicketRatings ratings,
                          ReadRequestExperience experience, WorkFollowUps followUps,
                          ReadFollowUpMetrics followUpMetrics, ManageFollowUpSettings followUpSettings,
                          ReadSatisfactionTrend satisfactionTrend,
                          // XLA targets
                          ManageTargets targets, ReadXlaOverview xlaOverview) {
    }

    private XlaRestResources() {
    }

    /** Every resource and provider over the app's composition root. */
    public static List<Object> create(XlaApp app, CallerResolver callers, UserNames names,
                                      Function<Locale, Messages> messages) {
        return create(new InPorts(app.organisations(), app.settings(), app.template(), app.rounds(), app.responses(),
                app.results(), app.actions(), app.ratings(), app.requestExperience(), app.followUps(),
                app.followUpMetrics(), app.followUpSettings(), app.satisfactionTrend(),
                // XLA targets
                app.targets(), app.xlaOverview()), callers, names, messages);
    }

    /** @param names display names of the users the follow-ups are assigned to */
    public static List<Object> create(InPorts ports, CallerResolver callers, UserNames names,
                                      Function<Locale, Messages> messages) {
        return List.of(
                new OrganisationResource(ports.organisations(), callers),
                new OrganisationRoundsResource(ports.rounds(), callers),
                new RoundProposalsResource(ports.rounds(), callers),
                new LatestResultResource(ports.results(), callers),
                new OrganisationActionsResource(ports.actions(), callers),
                new RoundResource(ports.rounds(), callers),
                new RoundResultResource(ports.results(), callers),
                new RoundResultCsvResource(ports.results(), callers),
                new RoundResponsesResource(ports.responses(), callers),
                new ActionResource(ports.actions(), callers),
                new TemplateResource(ports.template(), callers),
                new SettingsResource(ports.settings(), callers),
                new OrganisationRatingsResource(ports.ratings(), callers),
                new OrganisationRatingsCsvResource(ports.ratings(), callers),
                new OrganisationCsatResource(ports.ratings(), callers),
                new RequestExperienceResource(ports.experience(), callers, names),
                new FollowUpResource(ports.followUps(), callers, names),
                new FollowUpMetricsResource(ports.followUpMetrics(), callers),
                new FollowUpSettingsResource(ports.followUpSettings(), callers),
                // NPS
                new SatisfactionTrendResource(ports.satisfactionTrend(), callers),
                // XLA targets
                new OrganisationTargetsResource(ports.targets(), callers),
                new DefaultTargetsResource(ports.targets(), callers),
                new XlaOverviewResource(ports.xlaOverview(), callers),
                new ObjectMapperResolver(),
                new XsrfCheckFilter(messages),
                new DomainExceptionMapper(messages),
                new RequestRejectedExceptionMapper(messages),
                new JsonProcessingExceptionMapper(messages),
                new WebApplicationExceptionMapper(messages),
                new UnexpectedExceptionMapper(messages));
    }
}
