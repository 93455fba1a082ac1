package nl.xlascorecard.plugin.config;

import static com.atlassian.plugins.osgi.javaconfig.OsgiServices.importOsgiService;

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

import nl.xlascorecard.core.organisation.port.out.AppSettingsRepository;
import nl.xlascorecard.core.organisation.port.out.OrganisationDirectory;
import nl.xlascorecard.plugin.i18n.BundleMessages;
import nl.xlascorecard.plugin.i18n.Messages;
import nl.xlascorecard.plugin.jira.JiraCallerResolver;
import nl.xlascorecard.plugin.jira.JiraMessages;
import nl.xlascorecard.plugin.jsm.JsmMemberships;
import nl.xlascorecard.plugin.jsm.JsmOrganisationDirectory;
import nl.xlascorecard.plugin.security.CallerResolver;

/**
 * The app's components inside Jira, as Spring Java configuration (registered by
 * {@code META-INF/spring/plugin-context.xml}, loaded because the manifest carries
 * {@code Spring-Context}). Jira's plugin framework builds the servlets and REST resources of
 * {@code atlassian-plugin.xml} by constructor injection from these beans. Nothing outside this
 * package knows Spring.
 *
 * <p>Three kinds of beans: services Jira and JSM export to OSGi (imported, never destroyed by us:
 * {@code destroyMethod = ""}), the Jira adapters, and the app's text sources. What the app itself
 * builds on Active Objects (the core's in-ports for servlets and REST resources, and the
 * {@link AppSettingsRepository} the caller resolver reads) must be beans of the app's composition
 * root {@code XlaApp}, built from {@link #activeObjects()} and {@link #organisationDirectory}.
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
