package nl.xlascorecard.plugin.config;

import static com.atlassian.plugins.osgi.javaconfig.OsgiServices.importOsgiService;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.servicedesk.api.ServiceDeskService;
import com.atlassian.servicedesk.api.license.ServiceDeskLicenseService;
import com.atlassian.servicedesk.api.organization.OrganizationService;
import com.atlassian.servicedesk.api.sla.info.SlaInformationService;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;

import nl.xlascorecard.core.action.port.in.ManageImprovementActions;
import nl.xlascorecard.core.followup.port.in.ManageFollowUpSettings;
import nl.xlascorecard.core.followup.port.in.ReadFollowUpMetrics;
import nl.xlascorecard.core.followup.port.in.SendFollowUpReminders;
import nl.xlascorecard.core.followup.port.in.WorkFollowUps;
import nl.xlascorecard.core.followup.port.out.FollowUpNotifier;
import nl.xlascorecard.core.nps.port.in.ReadSatisfactionTrend;
import nl.xlascorecard.core.organisation.port.in.ManageOrganisations;
import nl.xlascorecard.core.organisation.port.in.ManageSettings;
import nl.xlascorecard.core.organisation.port.out.AppSettingsRepository;
import nl.xlascorecard.core.organisation.port.out.OrganisationDirectory;
import nl.xlascorecard.core.rating.port.in.ReadRequestExperience;
import nl.xlascorecard.core.rating.port.in.ReadTicketRatings;
import nl.xlascorecard.core.rating.port.in.ReconcileRatings;
import nl.xlascorecard.core.rating.port.in.RecordTicketRating;
import nl.xlascorecard.core.rating.port.out.RatingSource;
import nl.xlascorecard.core.scorecard.port.in.ManageRounds;
import nl.xlascorecard.core.scorecard.port.in.ManageTemplate;
import nl.xlascorecard.core.scorecard.port.in.ReadRoundResults;
import nl.xlascorecard.core.scorecard.port.in.RecordResponses;
import nl.xlascorecard.core.target.port.in.EvaluateTargets;
import nl.xlascorecard.core.target.port.in.ManageTargets;
import nl.xlascorecard.core.target.port.in.ReadXlaOverview;
import nl.xlascorecard.core.target.port.in.RefreshSlaSnapshots;
import nl.xlascorecard.core.target.port.out.SlaMetricsSource;
import nl.xlascorecard.plugin.i18n.BundleMessages;
import nl.xlascorecard.plugin.i18n.Messages;
import nl.xlascorecard.plugin.jira.JiraCallerResolver;
import nl.xlascorecard.plugin.jira.JiraMessages;
import nl.xlascorecard.plugin.jira.JiraUserNames;
import nl.xlascorecard.plugin.jira.MailQueueFollowUpNotifier;
import nl.xlascorecard.plugin.jira.RatingEventListener;
import nl.xlascorecard.plugin.jira.ServiceManagerSearcher;
import nl.xlascorecard.plugin.jira.scheduler.FollowUpReminderJob;
import nl.xlascorecard.plugin.jira.scheduler.RatingReconciliationJob;
import nl.xlascorecard.plugin.jira.scheduler.SlaSnapshotJob;
import nl.xlascorecard.plugin.jira.scheduler.TargetEvaluationJob;
import nl.xlascorecard.plugin.jira.scheduler.XlaJobs;
import nl.xlascorecard.plugin.jsm.CachedSlaMetrics;
import nl.xlascorecard.plugin.jsm.JqlRatingSource;
import nl.xlascorecard.plugin.jsm.JsmMemberships;
import nl.xlascorecard.plugin.jsm.JsmOrganisationDirectory;
import nl.xlascorecard.plugin.jsm.JsmRequestFields;
import nl.xlascorecard.plugin.jsm.JsmSlaMetricsSource;
import nl.xlascorecard.plugin.persistence.PersistenceModule;
import nl.xlascorecard.plugin.security.CallerResolver;
import nl.xlascorecard.plugin.users.UserNames;

/**
 * The app's components inside Jira, as Spring Java configuration (registered by
 * {@code META-INF/spring/plugin-context.xml}, loaded because the manifest carries
 * {@code Spring-Context}). Jira's plugin framework builds the servlets and REST resources of
 * {@code atlassian-plugin.xml} by constructor injection from these beans. Nothing outside this
 * package knows Spring.
 *
 * <p>Four kinds of beans: services Jira and JSM export to OSGi (imported, never destroyed by us:
 * {@code destroyMethod = ""}), the Jira adapters, the app itself (repositories on Jira's Active
 * Objects and the core's in-ports, built by {@link XlaApp} exactly as in the sandbox), and the
 * app's text sources.
 *
 * <p>Compiled here against the declarations in {@code platform-api}; it only runs inside Jira
 * (the {@code jira} Maven profile) and has not been verified in a running Jira.
 */
@Configuration
public class JiraSpringConfiguration {

    // ---- services imported from Jira, JSM and the platform plugins ---------------------------

    @Bean(destroyMethod = "")
    public ActiveObjects activeObjects() {
        return importOsgiService(ActiveObjects.class);
    }

    @Bean(destroyMethod = "")
    public JiraAuthenticationContext jiraAuthenticationContext() {
        return importOsgiService(JiraAuthenticationContext.class);
    }

    @Bean(destroyMethod = "")
    public GlobalPermissionManager globalPermissionManager() {
        return importOsgiService(GlobalPermissionManager.class);
    }

    @Bean(destroyMethod = "")
    public PermissionManager permissionManager() {
        return importOsgiService(PermissionManager.class);
    }

    @Bean(destroyMethod = "")
    public GroupManager groupManager() {
        return importOsgiService(GroupManager.class);
    }

    @Bean(destroyMethod = "")
    public OrganizationService organizationService() {
        return importOsgiService(OrganizationService.class);
    }

    @Bean(destroyMethod = "")
    public ServiceDeskService serviceDeskService() {
        return importOsgiService(ServiceDeskService.class);
    }

    /** XLA targets: JSM's SLA information of requests. */
    @Bean(destroyMethod = "")
    public SlaInformationService slaInformationService() {
        return importOsgiService(SlaInformationService.class);
    }

    @Bean(destroyMethod = "")
    public ServiceDeskLicenseService serviceDeskLicenseService() {
        return importOsgiService(ServiceDeskLicenseService.class);
    }

    @Bean(destroyMethod = "")
    public TemplateRenderer templateRenderer() {
        return importOsgiService(TemplateRenderer.class);
    }

    @Bean(destroyMethod = "")
    public PageBuilderService pageBuilderService() {
        return importOsgiService(PageBuilderService.class);
    }

    @Bean(destroyMethod = "")
    public SearchService searchService() {
        return importOsgiService(SearchService.class);
    }

    @Bean(destroyMethod = "")
    public CustomFieldManager customFieldManager() {
        return importOsgiService(CustomFieldManager.class);
    }

    @Bean(destroyMethod = "")
    public EventPublisher eventPublisher() {
        return importOsgiService(EventPublisher.class);
    }

    @Bean(destroyMethod = "")
    public SchedulerService schedulerService() {
        return importOsgiService(SchedulerService.class);
    }

    @Bean(destroyMethod = "")
    public MailQueue mailQueue() {
        return importOsgiService(MailQueue.class);
    }

    @Bean(destroyMethod = "")
    public UserManager userManager() {
        return importOsgiService(UserManager.class);
    }

    @Bean(destroyMethod = "")
    public I18nHelper.BeanFactory i18nBeanFactory() {
        return importOsgiService(I18nHelper.BeanFactory.class);
    }

    // ---- Jira adapters --------------------------------------------------------------------------

    /** JSM's organisations, read as the logged-in user (see {@link JsmOrganisationDirectory}). */
    @Bean
    public OrganisationDirectory organisationDirectory(OrganizationService organizations,
                                                       JiraAuthenticationContext authentication) {
        return new JsmOrganisationDirectory(organizations, authentication::getLoggedInUser);
    }

    @Bean
    public JsmMemberships jsmMemberships(OrganizationService organizations, ServiceDeskService serviceDesks,
                                         ServiceDeskLicenseService licences, PermissionManager permissions) {
        return new JsmMemberships(organizations, serviceDesks, licences, permissions);
    }

    /** The service-manager group is read from the stored settings on every request (other nodes may change it). */
    @Bean
    public CallerResolver callerResolver(JiraAuthenticationContext authentication, GlobalPermissionManager globalPermissions,
                                         GroupManager groups, JsmMemberships memberships, AppSettingsRepository settings) {
        return new JiraCallerResolver(authentication, globalPermissions, groups, memberships, settings::load);
    }

    /** Display names of the users follow-ups are assigned to (queue, panel and REST show names, not keys). */
    @Bean
    public UserNames userNames(UserManager users) {
        return new JiraUserNames(users);
    }

    @Bean
    public JsmRequestFields jsmRequestFields(CustomFieldManager customFields) {
        return new JsmRequestFields(customFields);
    }

    /** JSM's ratings by JQL, searched as a service manager (see {@link ServiceManagerSearcher}). */
    @Bean
    public RatingSource ratingSource(SearchService search, JsmRequestFields fields, GroupManager groups,
                                     AppSettingsRepository settings) {
        return new JqlRatingSource(search, fields,
                new ServiceManagerSearcher(groups, () -> settings.load().serviceManagerGroup()), Clock.systemUTC());
    }

    /** Reminders by Jira's mail queue, in each recipient's Jira language, due times in the business calendar's zone. */
    @Bean
    public FollowUpNotifier followUpNotifier(MailQueue mailQueue, UserManager users, GroupManager groups,
                                             I18nHelper.BeanFactory translations, PersistenceModule.Repositories repositories) {
        return new MailQueueFollowUpNotifier(mailQueue, users, groups, user -> translations.getInstance(user).getLocale(),
                BundleMessages::new, () -> repositories.followUpSettings().load().calendar().zone());
    }

    // ---- the app -------------------------------------------------------------------------------

    /** One set of repositories (one transaction runner) shared by the app and the caller resolver. */
    @Bean
    public PersistenceModule.Repositories repositories(ActiveObjects activeObjects) {
        return PersistenceModule.repositories(activeObjects);
    }

    @Bean
    public AppSettingsRepository appSettingsRepository(PersistenceModule.Repositories repositories) {
        return repositories.settings();
    }

    /** Closed when the app is disabled: stops the thread that evaluates XLA targets after ratings. */
    @Bean(destroyMethod = "close")
    public XlaApp xlaApp(PersistenceModule.Repositories repositories, OrganisationDirectory directory,
                         RatingSource ratingSource, FollowUpNotifier followUpNotifier, SlaMetricsSource slaMetrics) {
        return new XlaApp(new XlaApp.Ports(directory, repositories.profiles(), repositories.settings(),
                repositories.templates(), repositories.rounds(), repositories.responses(), repositories.actions(),
                repositories.transactions()), XlaApp.RatingPorts.of(repositories, ratingSource, followUpNotifier),
                XlaApp.TargetPorts.withSnapshots(repositories, slaMetrics), Clock.systemUTC());
    }

    // ---- XLA targets -----------------------------------------------------------------------------

    /**
     * SLA results from JSM's SLA information, searched as a service manager (like the rating source),
     * kept for ten minutes per organisation and window length on each node. The overview reads its
     * offered windows from the stored snapshots instead ({@link XlaApp.TargetPorts#withSnapshots}); this
     * source is read by the snapshot refresh job and for other windows.
     */
    @Bean
    public SlaMetricsSource slaMetricsSource(SearchService search, SlaInformationService slaInformation,
                                             OrganisationDirectory directory, GroupManager groups,
                                             AppSettingsRepository settings) {
        return new CachedSlaMetrics(new JsmSlaMetricsSource(search, slaInformation, directory,
                new ServiceManagerSearcher(groups, () -> settings.load().serviceManagerGroup()), Instant::now),
                Clock.systemUTC());
    }

    @Bean
    public ManageTargets manageTargets(XlaApp app) {
        return app.targets();
    }

    @Bean
    public ReadXlaOverview readXlaOverview(XlaApp app) {
        return app.xlaOverview();
    }

    @Bean
    public EvaluateTargets evaluateTargets(XlaApp app) {
        return app.evaluateTargets();
    }

    @Bean
    public RefreshSlaSnapshots refreshSlaSnapshots(XlaApp app) {
        return app.refreshSlaSnapshots();
    }

    @Bean
    public ManageOrganisations manageOrganisations(XlaApp app) {
        return app.organisations();
    }

    @Bean
    public ManageSettings manageSettings(XlaApp app) {
        return app.settings();
    }

    @Bean
    public ManageTemplate manageTemplate(XlaApp app) {
        return app.template();
    }

    @Bean
    public ManageRounds manageRounds(XlaApp app) {
        return app.rounds();
    }

    @Bean
    public RecordResponses recordResponses(XlaApp app) {
        return app.responses();
    }

    @Bean
    public ReadRoundResults readRoundResults(XlaApp app) {
        return app.results();
    }

    @Bean
    public ManageImprovementActions manageImprovementActions(XlaApp app) {
        return app.actions();
    }

    @Bean
    public RecordTicketRating recordTicketRating(XlaApp app) {
        return app.recordRatings();
    }

    @Bean
    public ReconcileRatings reconcileRatings(XlaApp app) {
        return app.reconcileRatings();
    }

    @Bean
    public ReadTicketRatings readTicketRatings(XlaApp app) {
        return app.ratings();
    }

    @Bean
    public WorkFollowUps workFollowUps(XlaApp app) {
        return app.followUps();
    }

    @Bean
    public ManageFollowUpSettings manageFollowUpSettings(XlaApp app) {
        return app.followUpSettings();
    }

    @Bean
    public ReadFollowUpMetrics readFollowUpMetrics(XlaApp app) {
        return app.followUpMetrics();
    }

    @Bean
    public SendFollowUpReminders sendFollowUpReminders(XlaApp app) {
        return app.followUpReminders();
    }

    @Bean
    public ReadRequestExperience readRequestExperience(XlaApp app) {
        return app.requestExperience();
    }

    // ---- NPS: satisfaction trend (CSAT and NPS per month) -------------------------------------

    @Bean
    public ReadSatisfactionTrend readSatisfactionTrend(XlaApp app) {
        return app.satisfactionTrend();
    }

    // ---- what runs by itself: the rating listener and the scheduled jobs ----------------------

    /** Listens to issue events from when the app is enabled until it is disabled. */
    @Bean(initMethod = "register", destroyMethod = "unregister")
    public RatingEventListener ratingEventListener(EventPublisher events, JsmRequestFields fields,
                                                   RecordTicketRating recorder) {
        return new RatingEventListener(events, fields, recorder);
    }

    /** Registers and schedules the jobs when the app is enabled; unregisters the runners when it is disabled. */
    @Bean(initMethod = "start", destroyMethod = "stop")
    public XlaJobs xlaJobs(SchedulerService scheduler, ReconcileRatings reconciliation, SendFollowUpReminders reminders,
                           EvaluateTargets targets, RefreshSlaSnapshots slaSnapshots) {
        return new XlaJobs(scheduler, new RatingReconciliationJob(reconciliation), new FollowUpReminderJob(reminders),
                new TargetEvaluationJob(targets), new SlaSnapshotJob(slaSnapshots), Clock.systemUTC());
    }

    // ---- texts -------------------------------------------------------------------------------

    /** Pages: the logged-in user's language, from Jira's translations (which include the app's bundle). */
    @Bean
    public Messages messages(JiraAuthenticationContext authentication) {
        return new JiraMessages(authentication);
    }

    /** REST errors: the app's own bundle in the language the request asks for. */
    @Bean
    public Function<Locale, Messages> messagesForLocale() {
        return BundleMessages::new;
    }
}
