package nl.xlascorecard.plugin.config;

import java.time.Clock;
import java.util.Objects;

import com.atlassian.activeobjects.external.ActiveObjects;

import nl.xlascorecard.core.action.port.in.ManageImprovementActions;
import nl.xlascorecard.core.action.port.out.ImprovementActionRepository;
import nl.xlascorecard.core.action.service.ImprovementActionService;
import nl.xlascorecard.core.followup.port.in.ManageFollowUpSettings;
import nl.xlascorecard.core.followup.port.in.ReadFollowUpMetrics;
import nl.xlascorecard.core.followup.port.in.SendFollowUpReminders;
import nl.xlascorecard.core.followup.port.in.WorkFollowUps;
import nl.xlascorecard.core.followup.port.out.FollowUpNotifier;
import nl.xlascorecard.core.followup.port.out.FollowUpRepository;
import nl.xlascorecard.core.followup.port.out.FollowUpSettingsRepository;
import nl.xlascorecard.core.followup.service.FollowUpMetricsService;
import nl.xlascorecard.core.followup.service.FollowUpOpener;
import nl.xlascorecard.core.followup.service.FollowUpReminderService;
import nl.xlascorecard.core.followup.service.FollowUpSettingsService;
import nl.xlascorecard.core.followup.service.FollowUpWorkService;
import nl.xlascorecard.core.organisation.port.in.ManageOrganisations;
import nl.xlascorecard.core.organisation.port.in.ManageSettings;
import nl.xlascorecard.core.organisation.port.out.AppSettingsRepository;
import nl.xlascorecard.core.organisation.port.out.OrganisationDirectory;
import nl.xlascorecard.core.organisation.port.out.OrganisationProfileRepository;
import nl.xlascorecard.core.organisation.service.OrganisationAccess;
import nl.xlascorecard.core.organisation.service.OrganisationService;
import nl.xlascorecard.core.organisation.service.SettingsService;
import nl.xlascorecard.core.rating.port.in.ReadRequestExperience;
import nl.xlascorecard.core.rating.port.in.ReadTicketRatings;
import nl.xlascorecard.core.rating.port.in.ReconcileRatings;
import nl.xlascorecard.core.rating.port.in.RecordTicketRating;
import nl.xlascorecard.core.rating.port.out.RatingSource;
import nl.xlascorecard.core.rating.port.out.ReconciliationCheckpoint;
import nl.xlascorecard.core.rating.port.out.TicketRatingRepository;
import nl.xlascorecard.core.rating.service.RatingReadService;
import nl.xlascorecard.core.rating.service.RatingReconciliationService;
import nl.xlascorecard.core.rating.service.RatingRecordingService;
import nl.xlascorecard.core.rating.service.RequestExperienceService;
import nl.xlascorecard.core.scorecard.port.in.ManageRounds;
import nl.xlascorecard.core.scorecard.port.in.ManageTemplate;
import nl.xlascorecard.core.scorecard.port.in.ReadRoundResults;
import nl.xlascorecard.core.scorecard.port.in.RecordResponses;
import nl.xlascorecard.core.scorecard.port.out.ResponseRepository;
import nl.xlascorecard.core.scorecard.port.out.RoundRepository;
import nl.xlascorecard.core.scorecard.port.out.TemplateRepository;
import nl.xlascorecard.core.scorecard.service.ResponseService;
import nl.xlascorecard.core.scorecard.service.RoundAccess;
import nl.xlascorecard.core.scorecard.service.RoundPlanner;
import nl.xlascorecard.core.scorecard.service.RoundResultService;
import nl.xlascorecard.core.scorecard.service.RoundService;
import nl.xlascorecard.core.scorecard.service.TemplateService;
import nl.xlascorecard.core.scorecard.service.TemplateVersions;
import nl.xlascorecard.core.shared.TransactionRunner;
import nl.xlascorecard.plugin.persistence.PersistenceModule;

/**
 * The composition root: builds the core services from the out-ports. The Jira host
 * ({@link JiraSpringConfiguration}) and the sandbox both build the app through this one class, so
 * the two hosts cannot wire the core differently. Plain Java on purpose: no injection framework
 * reaches the core.
 */
public final class XlaApp {

    private final ManageOrganisations organisations;
    private final ManageSettings settings;
    private final ManageTemplate template;
    private final ManageRounds rounds;
    private final RecordResponses responses;
    private final ReadRoundResults results;
    private final ManageImprovementActions actions;
    private final RecordTicketRating recordRatings;
    private final ReadTicketRatings ratings;
    private final ReconcileRatings reconcile;
    private final WorkFollowUps followUps;
    private final ReadFollowUpMetrics followUpMetrics;
    private final SendFollowUpReminders reminders;
    private final ManageFollowUpSettings followUpSettings;
    private final ReadRequestExperience requestExperience;

    /**
     * Everything outside the core that the core needs. {@code ratingSource} and {@code notifier}
     * differ per host: JQL search and Jira's mail queue in Jira, the simulated service desk and the
     * outbox in the sandbox.
     */
    public record Ports(OrganisationDirectory directory, OrganisationProfileRepository profiles,
                        AppSettingsRepository appSettings, TemplateRepository templates, RoundRepository roundStore,
                        ResponseRepository responseStore, ImprovementActionRepository actionStore,
                        TicketRatingRepository ratingStore, FollowUpRepository followUpStore,
                        FollowUpSettingsRepository followUpSettingsStore, ReconciliationCheckpoint checkpoint,
                        RatingSource ratingSource, FollowUpNotifier notifier, TransactionRunner transactions) {

        public Ports {
            Objects.requireNonNull(directory, "directory");
            Objects.requireNonNull(profiles, "profiles");
            Objects.requireNonNull(appSettings, "appSettings");
            Objects.requireNonNull(templates, "templates");
            Objects.requireNonNull(roundStore, "roundStore");
            Objects.requireNonNull(responseStore, "responseStore");
            Objects.requireNonNull(actionStore, "actionStore");
            Objects.requireNonNull(ratingStore, "ratingStore");
            Objects.requireNonNull(followUpStore, "followUpStore");
            Objects.requireNonNull(followUpSettingsStore, "followUpSettingsStore");
            Objects.requireNonNull(checkpoint, "checkpoint");
            Objects.requireNonNull(ratingSource, "ratingSource");
            Objects.requireNonNull(notifier, "notifier");
            Objects.requireNonNull(transactions, "transactions");
        }
    }

    /** The app on Active Objects (Jira's, or the sandbox's ao-host) and the host's JSM-facing services. */
    public XlaApp(ActiveObjects ao, OrganisationDirectory directory, RatingSource ratingSource, FollowUpNotifier notifier,
                  Clock clock) {
        this(ports(PersistenceModule.repositories(ao), directory, ratingSource, notifier), clock);
    }

    /** The out-ports on Active Objects plus the host's own services. */
    public static Ports ports(PersistenceModule.Repositories repositories, OrganisationDirectory directory,
                              RatingSource ratingSource, FollowUpNotifier notifier) {
        return new Ports(directory, repositories.profiles(), repositories.settings(), repositories.templates(),
                repositories.rounds(), repositories.responses(), repositories.actions(), repositories.ticketRatings(),
                repositories.followUps(), repositories.followUpSettings(), repositories.reconciliationCheckpoint(),
                ratingSource, notifier, repositories.transactions());
    }

    public XlaApp(Ports ports, Clock clock) {
        OrganisationAccess access = new OrganisationAccess(ports.appSettings(), ports.profiles());
        TemplateVersions versions = new TemplateVersions(ports.templates(), clock);
        RoundAccess roundAccess = new RoundAccess(ports.roundStore(), access);
        TransactionRunner tx = ports.transactions();

        this.organisations = new OrganisationService(ports.directory(), ports.profiles(), access, tx);
        this.settings = new SettingsService(ports.appSettings(), access, tx);
        this.template = new TemplateService(ports.templates(), versions, access, tx, clock);
        this.rounds = new RoundService(ports.roundStore(), ports.directory(), ports.profiles(), access, roundAccess,
                versions, new RoundPlanner(clock), tx, clock);
        this.responses = new ResponseService(ports.responseStore(), roundAccess, versions, tx, clock);
        this.results = new RoundResultService(ports.roundStore(), ports.responseStore(), roundAccess, access, versions,
                ports.appSettings());
        this.actions = new ImprovementActionService(ports.actionStore(), ports.roundStore(), ports.directory(), access,
                versions, tx, clock);

        FollowUpOpener opener = new FollowUpOpener(ports.followUpStore(), ports.followUpSettingsStore(), ports.profiles(),
                clock);
        this.recordRatings = new RatingRecordingService(ports.ratingStore(), opener, tx);
        this.ratings = new RatingReadService(ports.ratingStore(), access, clock);
        this.reconcile = new RatingReconciliationService(ports.ratingSource(), recordRatings, ports.checkpoint(), tx, clock);
        this.followUps = new FollowUpWorkService(ports.followUpStore(), ports.followUpSettingsStore(), access,
                organisations, actions, tx, clock);
        this.followUpMetrics = new FollowUpMetricsService(ports.followUpStore(), ports.followUpSettingsStore(), access, clock);
        this.reminders = new FollowUpReminderService(ports.followUpStore(), ports.followUpSettingsStore(),
                ports.appSettings(), ports.directory(), ports.notifier(), tx, clock);
        this.followUpSettings = new FollowUpSettingsService(ports.followUpSettingsStore(), access, tx);
        this.requestExperience = new RequestExperienceService(ports.ratingStore(), ports.followUpStore(), followUps,
                results, ports.directory(), access, clock);
    }

    public ManageOrganisations organisations() {
        return organisations;
    }

    public ManageSettings settings() {
        return settings;
    }

    public ManageTemplate template() {
        return template;
    }

    public ManageRounds rounds() {
        return rounds;
    }

    public RecordResponses responses() {
        return responses;
    }

    public ReadRoundResults results() {
        return results;
    }

    public ManageImprovementActions actions() {
        return actions;
    }

    public RecordTicketRating recordRatings() {
        return recordRatings;
    }

    public ReadTicketRatings ratings() {
        return ratings;
    }

    public ReconcileRatings reconcile() {
        return reconcile;
    }

    public WorkFollowUps followUps() {
        return followUps;
    }

    public ReadFollowUpMetrics followUpMetrics() {
        return followUpMetrics;
    }

    public SendFollowUpReminders reminders() {
        return reminders;
    }

    public ManageFollowUpSettings followUpSettings() {
        return followUpSettings;
    }

    public ReadRequestExperience requestExperience() {
        return requestExperience;
    }
}
