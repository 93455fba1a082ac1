package nl.xlascorecard.plugin.config;

import static com.atlassian.plugins.osgi.javaconfig.OsgiServices.importOsgiService;

import java.time.Clock;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.servicedesk.api.ServiceDeskService;
import com.atlassian.servicedesk.api.license.ServiceDeskLicenseService;
import com.atlassian.servicedesk.api.organization.OrganizationService;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;

import nl.xlascorecard.core.action.port.in.ManageImprovementActions;
import nl.xlascorecard.core.followup.port.in.ManageFollowUpSettings;
import nl.xlascorecard.core.followup.port.in.ReadFollowUpMetrics;
import nl.xlascorecard.core.followup.port.in.SendFollowUpReminders;
import nl.xlascorecard.core.followup.port.in.WorkFollowUps;
import nl.xlascorecard.core.followup.port.out.FollowUpNotifier;
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
import nl.xlascorecard.plugin.i18n.BundleMessages;
import nl.xlascorecard.plugin.i18n.Messages;
import nl.xlascorecard.plugin.jira.JiraCallerResolver;
import nl.xlascorecard.plugin.jira.JiraMessages;
import nl.xlascorecard.plugin.jsm.JsmMemberships;
import nl.xlascorecard.plugin.jsm.JsmOrganisationDirectory;
import nl.xlascorecard.plugin.persistence.PersistenceModule;
import nl.xlascorecard.plugin.security.CallerResolver;

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

    /** The rating source (JQL search) and notifier (Jira's mail queue) are beans of their own below. */
    @Bean
    public XlaApp xlaApp(PersistenceModule.Repositories repositories, OrganisationDirectory directory,
                         RatingSource ratingSource, FollowUpNotifier notifier) {
        return new XlaApp(XlaApp.ports(repositories, directory, ratingSource, notifier), Clock.systemUTC());
    }

    @Bean
    public RecordTicketRating recordTicketRating(XlaApp app) {
        return app.recordRatings();
    }

    @Bean
    public ReadTicketRatings readTicketRatings(XlaApp app) {
        return app.ratings();
    }

    @Bean
    public ReconcileRatings reconcileRatings(XlaApp app) {
        return app.reconcile();
    }

    @Bean
    public WorkFollowUps workFollowUps(XlaApp app) {
        return app.followUps();
    }

    @Bean
    public ReadFollowUpMetrics readFollowUpMetrics(XlaApp app) {
        return app.followUpMetrics();
    }

    @Bean
    public SendFollowUpReminders sendFollowUpReminders(XlaApp app) {
        return app.reminders();
    }

    @Bean
    public ManageFollowUpSettings manageFollowUpSettings(XlaApp app) {
        return app.followUpSettings();
    }

    @Bean
    public ReadRequestExperience readRequestExperience(XlaApp app) {
        return app.requestExperience();
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
