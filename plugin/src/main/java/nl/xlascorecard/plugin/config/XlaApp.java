package nl.xlascorecard.plugin.config;

import java.time.Clock;
import java.time.Duration;
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
import nl.xlascorecard.core.nps.port.in.ReadSatisfactionTrend;
import nl.xlascorecard.core.nps.service.SatisfactionTrendService;
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
import nl.xlascorecard.core.target.port.in.EvaluateTargets;
import nl.xlascorecard.core.target.port.in.ManageTargets;
import nl.xlascorecard.core.target.port.in.ReadXlaOverview;
import nl.xlascorecard.core.target.port.in.RefreshSlaSnapshots;
import nl.xlascorecard.core.target.port.in.TargetEvaluationTrigger;
import nl.xlascorecard.core.target.port.out.SlaMetricsSource;
import nl.xlascorecard.core.target.port.out.SlaSnapshotRepository;
import nl.xlascorecard.core.target.port.out.TargetStatusRepository;
import nl.xlascorecard.core.target.port.out.XlaTargetRepository;
import nl.xlascorecard.core.target.service.CoalescingTrigger;
import nl.xlascorecard.core.target.service.MeasurementSources;
import nl.xlascorecard.core.target.service.RecommendationNps;
import nl.xlascorecard.core.target.service.SlaSnapshotService;
import nl.xlascorecard.core.target.service.SnapshotSlaMetrics;
import nl.xlascorecard.core.target.service.TargetEvaluationService;
import nl.xlascorecard.core.target.service.TargetService;
import nl.xlascorecard.core.target.service.TriggeringInPorts;
import nl.xlascorecard.core.target.service.XlaOverviewService;
import nl.xlascorecard.plugin.persistence.PersistenceModule;

/**
 * The composition root: builds the core services from the out-ports. The Jira host
 * ({@link JiraSpringConfiguration}) and the sandbox both build the app through this one class, so
 * the two hosts cannot wire the core differently. Plain Java on purpose: no injection framework
 * reaches the core.
 */
public final class XlaApp implements AutoCloseable {

    private final ManageOrganisations organisations;
    private final ManageSettings settings;
    private final ManageTemplate template;
    private final ManageRounds rounds;
    private final RecordResponses responses;
    private final ReadRoundResults results;
    private final ManageImprovementActions actions;
    /** The XLA overview; {@code null} without {@link TargetPorts}. */
    private final ReadXlaOverview overview;
    /** Ratings and follow-ups; {@code null} when the host supplied no {@link RatingPorts}. */
    private final RatingServices ratingServices;
    /** XLA targets; {@code null} when the host supplied no {@link TargetPorts} (or no {@link RatingPorts}). */
    private final TargetServices targetServices;

    /** Everything outside the core that the core needs. */
    public record Ports(OrganisationDirectory directory, OrganisationProfileRepository profiles,
                        AppSettingsRepository appSettings, TemplateRepository templates, RoundRepository roundStore,
                        ResponseRepository responseStore, ImprovementActionRepository actionStore,
                        TransactionRunner transactions) {

        public Ports {
            Objects.requireNonNull(directory, "directory");
            Objects.requireNonNull(profiles, "profiles");
            Objects.requireNonNull(appSettings, "appSettings");
            Objects.requireNonNull(templates, "templates");
            Objects.requireNonNull(roundStore, "roundStore");
            Objects.requireNonNull(responseStore, "responseStore");
            Objects.requireNonNull(actionStore, "actionStore");
            Objects.requireNonNull(transactions, "transactions");
        }
    }

    /**
     * What ratings and follow-ups need besides {@link Ports}: their repositories, and the two
     * host-specific adapters (where ratings are read from for the reconciliation, how reminders are
     * delivered).
     */
    public record RatingPorts(TicketRatingRepository ratingStore, FollowUpRepository followUpStore,
                              FollowUpSettingsRepository followUpSettingsStore,
                              ReconciliationCheckpoint reconciliationCheckpoint, RatingSource ratingSource,
                              FollowUpNotifier notifier) {

        public RatingPorts {
            Objects.requireNonNull(ratingStore, "ratingStore");
            Objects.requireNonNull(followUpStore, "followUpStore");
            Objects.requireNonNull(followUpSettingsStore, "followUpSettingsStore");
            Objects.requireNonNull(reconciliationCheckpoint, "reconciliationCheckpoint");
            Objects.requireNonNull(ratingSource, "ratingSource");
            Objects.requireNonNull(notifier, "notifier");
        }

        /** The repositories on Active Objects with the host's rating source and notifier. */
        public static RatingPorts of(PersistenceModule.Repositories repositories, RatingSource ratingSource,
                                     FollowUpNotifier notifier) {
            return new RatingPorts(repositories.ticketRatings(), repositories.followUps(), repositories.followUpSettings(),
                    repositories.reconciliationCheckpoint(), ratingSource, notifier);
        }
    }

    /**
     * What XLA targets need besides {@link Ports} and {@link RatingPorts}: their stores and the service
     * desk's SLA results.
     *
     * @param sla          the live SLA source
     * @param slaSnapshots where the SLA snapshots are stored; {@code null}: the overview reads {@code sla}
     *                     live (a host whose source is cheap, like the sandbox's simulated service desk)
     */
    public record TargetPorts(XlaTargetRepository targetStore, TargetStatusRepository statusStore,
                              SlaMetricsSource sla, SlaSnapshotRepository slaSnapshots) {

        public TargetPorts {
            Objects.requireNonNull(targetStore, "targetStore");
            Objects.requireNonNull(statusStore, "statusStore");
            Objects.requireNonNull(sla, "sla");
        }

        /** Without snapshots: the overview reads the SLA source live. */
        public TargetPorts(XlaTargetRepository targetStore, TargetStatusRepository statusStore, SlaMetricsSource sla) {
            this(targetStore, statusStore, sla, null);
        }

        /** The stores on Active Objects with the host's SLA source, read live by the overview. */
        public static TargetPorts of(PersistenceModule.Repositories repositories, SlaMetricsSource sla) {
            return new TargetPorts(repositories.targets(), repositories.targetStatuses(), sla);
        }

        /**
         * The stores on Active Objects with the host's SLA source, which only the snapshot refresh (and
         * windows the dashboard does not offer) reads: the overview reads the stored snapshots (Jira).
         */
        public static TargetPorts withSnapshots(PersistenceModule.Repositories repositories, SlaMetricsSource sla) {
            return new TargetPorts(repositories.targets(), repositories.targetStatuses(), sla, repositories.slaSnapshots());
        }

        /** What the overview reads the SLA figures from. */
        SlaMetricsSource overviewSla() {
            return slaSnapshots == null ? sla : new SnapshotSlaMetrics(slaSnapshots, sla);
        }
    }

    /**
     * The app on Active Objects (Jira's, or the sandbox's ao-host) and a directory of organisations,
     * without ratings and follow-ups: their getters then fail (see {@link #ratingServices()}).
     */
    public XlaApp(ActiveObjects ao, OrganisationDirectory directory, Clock clock) {
        this(ports(PersistenceModule.repositories(ao), directory), clock);
    }

    /** The whole app on Active Objects, with the host's rating source and reminder notifier. */
    public XlaApp(ActiveObjects ao, OrganisationDirectory directory, RatingSource ratingSource,
                  FollowUpNotifier notifier, Clock clock) {
        this(ao, directory, ratingSource, notifier, SlaMetricsSource.NONE, clock);
    }

    /** The whole app on Active Objects, with the host's rating source, reminder notifier and SLA results. */
    public XlaApp(ActiveObjects ao, OrganisationDirectory directory, RatingSource ratingSource,
                  FollowUpNotifier notifier, SlaMetricsSource sla, Clock clock) {
        this(PersistenceModule.repositories(ao), directory, ratingSource, notifier, sla, clock);
    }

    private XlaApp(PersistenceModule.Repositories repositories, OrganisationDirectory directory,
                   RatingSource ratingSource, FollowUpNotifier notifier, SlaMetricsSource sla, Clock clock) {
        this(ports(repositories, directory), RatingPorts.of(repositories, ratingSource, notifier),
                TargetPorts.of(repositories, sla), clock);
    }

    private static Ports ports(PersistenceModule.Repositories repositories, OrganisationDirectory directory) {
        return new Ports(directory, repositories.profiles(), repositories.settings(), repositories.templates(),
                repositories.rounds(), repositories.responses(), repositories.actions(), repositories.transactions());
    }

    /** The scorecard part only: the getters of ratings and follow-ups fail (see {@link #ratingServices()}). */
    public XlaApp(Ports ports, Clock clock) {
        this(ports, null, clock);
    }

    /** The app without XLA targets; {@code ratingPorts} may be {@code null} for a host without ratings and follow-ups. */
    public XlaApp(Ports ports, RatingPorts ratingPorts, Clock clock) {
        this(ports, ratingPorts, null, clock);
    }

    /**
     * The whole app; {@code ratingPorts} may be {@code null} for a host without ratings and follow-ups,
     * {@code targetPorts} for one without XLA targets (targets need ratings: without them there are none).
     */
    public XlaApp(Ports ports, RatingPorts ratingPorts, TargetPorts targetPorts, Clock clock) {
        OrganisationAccess access = new OrganisationAccess(ports.appSettings(), ports.profiles());
        TemplateVersions versions = new TemplateVersions(ports.templates(), clock);
        RoundAccess roundAccess = new RoundAccess(ports.roundStore(), access);
        TransactionRunner tx = ports.transactions();

        this.organisations = new OrganisationService(ports.directory(), ports.profiles(), access, tx);
        this.settings = new SettingsService(ports.appSettings(), access, tx);
        this.template = new TemplateService(ports.templates(), versions, access, tx, clock);
        this.results = new RoundResultService(ports.roundStore(), ports.responseStore(), roundAccess, access,
                ports.directory(), versions, ports.appSettings());
        // XLA targets: built before the in-ports whose changes they evaluate, which are wrapped to trigger it.
        this.targetServices = targetPorts == null || ratingPorts == null ? null
                : new TargetServices(ports, ratingPorts, targetPorts, access, results, clock);
        TargetEvaluationTrigger trigger = targetServices == null ? TargetEvaluationTrigger.NONE : targetServices.evaluation;
        this.rounds = TriggeringInPorts.rounds(new RoundService(ports.roundStore(), ports.directory(), ports.profiles(),
                access, roundAccess, versions, new RoundPlanner(clock), tx, clock), trigger);
        this.responses = new ResponseService(ports.responseStore(), ports.roundStore(), roundAccess, versions, tx, clock);
        this.actions = new ImprovementActionService(ports.actionStore(), ports.roundStore(), ports.directory(), access,
                versions, tx, clock);
        this.ratingServices = ratingPorts == null ? null
                : new RatingServices(ports, ratingPorts, access, organisations, actions, results, trigger,
                targetServices == null ? TargetEvaluationTrigger.NONE : targetServices.afterRatings, clock);
        this.overview = targetServices == null ? null : new XlaOverviewService(targetPorts.targetStore(),
                targetPorts.statusStore(), targetPorts.overviewSla(), access, ports.directory(), organisations, clock);
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
        return ratingServices().record;
    }

    public ReconcileRatings reconcileRatings() {
        return ratingServices().reconcile;
    }

    public ReadTicketRatings ratings() {
        return ratingServices().read;
    }

    public WorkFollowUps followUps() {
        return ratingServices().work;
    }

    public ManageFollowUpSettings followUpSettings() {
        return ratingServices().settings;
    }

    public ReadFollowUpMetrics followUpMetrics() {
        return ratingServices().metrics;
    }

    public SendFollowUpReminders followUpReminders() {
        return ratingServices().reminders;
    }

    /** Everything the experience panel shows for one request, in one call. */
    public ReadRequestExperience requestExperience() {
        return ratingServices().experience;
    }

    /** NPS: CSAT and NPS of an organisation per month. */
    public ReadSatisfactionTrend satisfactionTrend() {
        return ratingServices().trend;
    }

    // ---- XLA targets -----------------------------------------------------------------------------

    public ManageTargets targets() {
        return targetServices().manage;
    }

    public EvaluateTargets evaluateTargets() {
        return targetServices().evaluation;
    }

    public ReadXlaOverview xlaOverview() {
        targetServices();
        return overview;
    }

    /**
     * Measures and stores the SLA snapshots the overview reads. Built without a snapshot store (the
     * overview reads the SLA source live), there is nothing to refresh: it reports nothing refreshed.
     */
    public RefreshSlaSnapshots refreshSlaSnapshots() {
        return targetServices().slaSnapshots;
    }

    /** How long rating changes are collected before their organisations' targets are evaluated. */
    static final Duration RATING_EVALUATION_DELAY = Duration.ofSeconds(2);

    /** Stops the thread that evaluates targets after ratings (the app is disabled or the host stops). */
    @Override
    public void close() {
        if (targetServices != null) {
            targetServices.afterRatings.close();
        }
    }

    /** @throws IllegalStateException when the host built the app without {@link TargetPorts} */
    private TargetServices targetServices() {
        if (targetServices == null) {
            throw new IllegalStateException("XlaApp was built without TargetPorts (or RatingPorts): no XLA targets");
        }
        return targetServices;
    }

    /** The target services over the other features' stores, with the scorecard's round results. */
    private static final class TargetServices {

        final TargetEvaluationService evaluation;
        final ManageTargets manage;
        final RefreshSlaSnapshots slaSnapshots;
        /** Ratings arrive by the thousand: their evaluations are coalesced per organisation on a thread. */
        final CoalescingTrigger afterRatings;

        TargetServices(Ports ports, RatingPorts rp, TargetPorts tp, OrganisationAccess access, ReadRoundResults results,
                       Clock clock) {
            this.evaluation = new TargetEvaluationService(tp.targetStore(), tp.statusStore(),
                    new MeasurementSources(rp.ratingStore(), rp.followUpStore(), results,
                            new RecommendationNps(ports.responseStore())), ports.directory(),
                    ports.transactions(), clock);
            this.afterRatings = new CoalescingTrigger(evaluation, RATING_EVALUATION_DELAY);
            this.manage = new TargetService(tp.targetStore(), tp.statusStore(), access, ports.directory(), evaluation,
                    ports.transactions());
            this.slaSnapshots = tp.slaSnapshots() == null ? () -> new RefreshSlaSnapshots.RefreshReport(0, 0)
                    : new SlaSnapshotService(tp.sla(), tp.slaSnapshots(), ports.directory(), ports.transactions(), clock);
        }
    }

    /** @throws IllegalStateException when the host built the app without {@link RatingPorts} */
    private RatingServices ratingServices() {
        if (ratingServices == null) {
            throw new IllegalStateException("XlaApp was built without RatingPorts: no ratings or follow-ups");
        }
        return ratingServices;
    }

    /** The services of ratings and follow-ups, built over the same access rules and transactions. */
    private static final class RatingServices {

        final RecordTicketRating record;
        final ReconcileRatings reconcile;
        final ReadTicketRatings read;
        final WorkFollowUps work;
        final ManageFollowUpSettings settings;
        final ReadFollowUpMetrics metrics;
        final SendFollowUpReminders reminders;
        final ReadRequestExperience experience;
        final ReadSatisfactionTrend trend;

        RatingServices(Ports ports, RatingPorts rp, OrganisationAccess access, ManageOrganisations organisations,
                       ManageImprovementActions actions, ReadRoundResults results, TargetEvaluationTrigger trigger,
                       TargetEvaluationTrigger afterRatings, Clock clock) {
            TransactionRunner tx = ports.transactions();
            FollowUpOpener opener = new FollowUpOpener(rp.followUpStore(), rp.followUpSettingsStore(), ports.profiles(), clock);
            this.record = TriggeringInPorts.ratings(new RatingRecordingService(rp.ratingStore(), opener, tx), afterRatings);
            this.reconcile = new RatingReconciliationService(rp.ratingSource(), record, rp.reconciliationCheckpoint(), tx,
                    clock);
            this.read = new RatingReadService(rp.ratingStore(), access, clock);
            this.work = TriggeringInPorts.followUps(new FollowUpWorkService(rp.followUpStore(), rp.followUpSettingsStore(),
                    access, organisations, actions, tx, clock), trigger);
            this.settings = new FollowUpSettingsService(rp.followUpSettingsStore(), access, tx);
            this.metrics = new FollowUpMetricsService(rp.followUpStore(), rp.followUpSettingsStore(), access, clock);
            this.reminders = new FollowUpReminderService(rp.followUpStore(), rp.followUpSettingsStore(), ports.appSettings(),
                    ports.directory(), rp.notifier(), tx, clock);
            this.experience = new RequestExperienceService(rp.ratingStore(), rp.followUpStore(), work, results,
                    ports.directory(), access, clock);
            // NPS: the trend reads ratings (CSAT) and responses (NPS), months in the business calendar's zone.
            this.trend = new SatisfactionTrendService(rp.ratingStore(), ports.responseStore(), access, ports.directory(),
                    ports.appSettings(), rp.followUpSettingsStore(), clock);
        }
    }
}
