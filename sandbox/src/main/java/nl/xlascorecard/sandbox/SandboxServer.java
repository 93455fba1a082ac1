package nl.xlascorecard.sandbox;

import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.function.Function;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Servlet;

import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;

import nl.xlascorecard.plugin.config.XlaApp;
import nl.xlascorecard.plugin.i18n.Messages;
import nl.xlascorecard.plugin.security.CallerResolver;
import nl.xlascorecard.plugin.users.UserNames;
import nl.xlascorecard.sandbox.auth.AuthenticationFilter;
import nl.xlascorecard.sandbox.auth.DemoUserNames;
import nl.xlascorecard.sandbox.auth.LanguageServlet;
import nl.xlascorecard.sandbox.auth.LoginServlet;
import nl.xlascorecard.sandbox.auth.LogoutServlet;
import nl.xlascorecard.sandbox.auth.SandboxCallerResolver;
import nl.xlascorecard.sandbox.auth.SandboxMessages;
import nl.xlascorecard.sandbox.dashboard.DashboardPreferences;
import nl.xlascorecard.sandbox.dashboard.DashboardPreferencesResource;
import nl.xlascorecard.sandbox.descriptor.DashboardItemModule;
import nl.xlascorecard.sandbox.db.OpenDatabase;
import nl.xlascorecard.sandbox.demo.AdjustableClock;
import nl.xlascorecard.sandbox.demo.DemoDataGenerator;
import nl.xlascorecard.sandbox.db.SandboxDatabase;
import nl.xlascorecard.sandbox.descriptor.PluginClasses;
import nl.xlascorecard.sandbox.descriptor.PluginDescriptor;
import nl.xlascorecard.sandbox.descriptor.RestModule;
import nl.xlascorecard.sandbox.descriptor.ServletModule;
import nl.xlascorecard.sandbox.rest.MyselfResource;
import nl.xlascorecard.sandbox.rest.PluginRestApplication;
import nl.xlascorecard.sandbox.demo.DemoServiceDesk;
import nl.xlascorecard.sandbox.jobs.SandboxScheduler;
import nl.xlascorecard.sandbox.outbox.JdbcOutbox;
import nl.xlascorecard.sandbox.servicedesk.CustomerRatings;
import nl.xlascorecard.sandbox.servicedesk.JdbcOrganisationDirectory;
import nl.xlascorecard.sandbox.servicedesk.JdbcServiceRequests;
import nl.xlascorecard.sandbox.servicedesk.SimulatedRatingSource;
import nl.xlascorecard.sandbox.servicedesk.SimulatedSlaMetrics;
import nl.xlascorecard.sandbox.web.DashboardServlet;
import nl.xlascorecard.sandbox.web.HomeServlet;
import nl.xlascorecard.sandbox.web.OutboxServlet;
import nl.xlascorecard.sandbox.web.RatingPageServlet;
import nl.xlascorecard.sandbox.web.RequestViewServlet;
import nl.xlascorecard.sandbox.webpanel.IssueContext;
import nl.xlascorecard.sandbox.webpanel.WebPanels;
import nl.xlascorecard.sandbox.web.SandboxChrome;
import nl.xlascorecard.sandbox.velocity.JdkMethods;
import nl.xlascorecard.sandbox.velocity.MethodAllowlist;
import nl.xlascorecard.sandbox.velocity.SandboxTemplateRenderer;
import nl.xlascorecard.sandbox.web.StaticFilesServlet;
import nl.xlascorecard.sandbox.webresource.PageDecoratorFilter;
import nl.xlascorecard.sandbox.webresource.SandboxPageBuilderService;
import nl.xlascorecard.sandbox.webresource.WebResourceServlet;
import nl.xlascorecard.sandbox.webresource.WebResources;
import nl.xlascorecard.sandbox.wiring.Components;
import nl.xlascorecard.sandbox.wiring.PluginWiring;
import nl.xlascorecard.sandbox.wiring.TypeRef;

/**
 * The sandbox host: Jetty 12 serving the plugin under {@code /jira} with its REST resources,
 * servlets, templates and web resources on a real database. Start it with {@link #start}; tests use
 * {@code SandboxServer.start(SandboxConfig.forTests(tempDir))} and {@link #client(String)}.
 */
public final class SandboxServer implements AutoCloseable {

    public static final String CONTEXT_PATH = "/jira";
    /** Where Jira mounts a plugin's {@code <servlet>} modules. */
    public static final String PLUGIN_SERVLETS = "/plugins/servlet";

    private static final Logger LOG = LoggerFactory.getLogger(SandboxServer.class);

    /**
     * Jersey warns that a resource registered as an instance "implements no provider interface" (its
     * check knows only class-registered resources) and then serves it correctly. The sandbox
     * registers every resource as an instance, so that warning would only be noise. Held in a field
     * because java.util.logging keeps loggers weakly.
     */
    private static final java.util.logging.Logger JERSEY_PROVIDER_CHECK =
            java.util.logging.Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");

    static {
        JERSEY_PROVIDER_CHECK.setLevel(java.util.logging.Level.SEVERE);
    }

    private final Server server;
    private final OpenDatabase database;
    private final PluginWiring wiring;
    private final SandboxScheduler scheduler;
    private final ServiceDesk desk;
    private final int port;

    private SandboxServer(Server server, OpenDatabase database, PluginWiring wiring, SandboxScheduler scheduler, ServiceDesk desk,
                          int port) {
        this.server = server;
        this.database = database;
        this.wiring = wiring;
        this.scheduler = scheduler;
        this.desk = desk;
        this.port = port;
    }

    /**
     * The simulated service desk's parts the pages and tests use.
     *
     * @param requests the requests with SLA results and feedback ({@code SANDBOX_REQUEST})
     * @param outbox   the notifications the app sent ({@code SANDBOX_OUTBOX})
     * @param ratings  customers rating their requests
     */
    public record ServiceDesk(JdbcServiceRequests requests, JdbcOutbox outbox, CustomerRatings ratings) {
    }

    /**
     * Starts a sandbox: binds the port first (so a port in use is reported before the database is
     * touched), then opens the database, assembles the plugin and serves it.
     *
     * @throws PortInUseException    the port is taken
     * @throws SandboxStartException another problem the person starting it can fix (e.g. database in use)
     */
    public static SandboxServer start(SandboxConfig config) {
        QueuedThreadPool threads = new QueuedThreadPool(50, 4);
        threads.setName("sandbox-http");
        Server server = new Server(threads);
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(System.getProperty("sandbox.host", "127.0.0.1"));
        connector.setPort(config.port());
        try {
            connector.open();
        } catch (IOException e) {
            if (hasCause(e, BindException.class)) {
                throw new PortInUseException(config.port(), e);
            }
            throw new SandboxStartException("Cannot listen on port " + config.port() + ": " + e.getMessage(), e);
        }
        server.addConnector(connector);

        SandboxDatabase database = config.database();
        OpenDatabase open = null;
        PluginWiring wiring = null;
        SandboxScheduler scheduler;
        ServiceDesk desk;
        try {
            open = OpenDatabase.open(database);
            JdbcOrganisationDirectory directory = new JdbcOrganisationDirectory(database);
            directory.initialise();
            JdbcServiceRequests requests = new JdbcServiceRequests(database);
            requests.initialise();
            DashboardPreferences dashboardPreferences = new DashboardPreferences(database, config.clock());
            dashboardPreferences.initialise();
            ClassLoader loader = SandboxServer.class.getClassLoader();
            PluginDescriptor descriptor = PluginDescriptor.load(loader, config.descriptor());
            Components components = new Components();
            SandboxMessages messages = new SandboxMessages();
            components.add(CallerResolver.class, new SandboxCallerResolver())
                    .add(UserNames.class, new DemoUserNames())
                    .add(Messages.class, messages)
                    .addGeneric(new TypeRef<Function<Locale, Messages>>() { }.type(), (Function<Locale, Messages>) messages::in)
                    .add(TemplateRenderer.class, new SandboxTemplateRenderer(
                            new MethodAllowlist(JdkMethods.ALLOWED).plus(descriptor.allowedMethods())))
                    .add(PageBuilderService.class, new SandboxPageBuilderService());
            AdjustableClock clock = new AdjustableClock(config.clock());
            JdbcOutbox outbox = new JdbcOutbox(database, config.clock(), config.node());
            outbox.initialise();
            wiring = PluginWiring.start(database, directory, new SimulatedRatingSource(requests), outbox,
                    new SimulatedSlaMetrics(database), clock, components);
            XlaApp app = wiring.app();
            desk = new ServiceDesk(requests, outbox, new CustomerRatings(requests, app.recordRatings(), clock));
            if (config.demoData()) {
                new DemoDataGenerator(app.organisations(), app.rounds(), app.responses(), app.template(), app.actions(), clock)
                        .generateIfEmpty();
                new DemoServiceDesk(requests, app.recordRatings(), app.followUps(), clock).generateIfEmpty();
                // XLA targets: every organisation's statuses at once, not only those whose data the demo touched.
                app.evaluateTargets().evaluateAll();
            }
            server.setHandler(context(descriptor, new PluginClasses(loader, config.descriptor()), components, desk, directory,
                    messages::in, dashboardPreferences));
            ErrorHandler errors = new ErrorHandler();
            errors.setShowStacks(false);
            errors.setShowMessageInTitle(false);
            server.setErrorHandler(errors);
            server.start();
            // Jobs last: they must not run on a half-started node.
            scheduler = SandboxScheduler.start(config.jobs(), config.node(), app.reconcileRatings(), app.followUpReminders(),
                    app.evaluateTargets());
        } catch (SQLException e) {
            closeQuietly(server, wiring, open);
            throw databaseProblem(database, e);
        } catch (Exception e) {
            closeQuietly(server, wiring, open);
            if (e instanceof SandboxStartException start) {
                throw start;
            }
            throw new IllegalStateException("The sandbox failed to start", e);
        }
        SandboxServer sandbox = new SandboxServer(server, open, wiring, scheduler, desk, connector.getLocalPort());
        LOG.info("XLA Scorecard sandbox (not Jira) started at {}", sandbox.baseUrl());
        return sandbox;
    }

    private static ServletContextHandler context(PluginDescriptor descriptor, PluginClasses pluginClasses, Components components,
                                                 ServiceDesk desk, JdbcOrganisationDirectory directory,
                                                 Function<Locale, Messages> appMessages, DashboardPreferences dashboardPreferences)
            throws ClassNotFoundException {
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath(CONTEXT_PATH);
        SessionHandler sessions = context.getSessionHandler();
        sessions.setHttpOnly(true);
        sessions.setSameSite(HttpCookie.SameSite.LAX);
        sessions.setMaxInactiveInterval(8 * 60 * 60);

        WebResources webResources = new WebResources(descriptor);
        EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);
        context.addFilter(new FilterHolder(new AuthenticationFilter()), "/*", requests);
        FilterHolder decorator = new FilterHolder(new PageDecoratorFilter(webResources));
        context.addFilter(decorator, PLUGIN_SERVLETS + "/*", requests);
        // The service desk's own pages are decorated like plugin pages (and so can hold web panels with resources).
        context.addFilter(decorator, RequestViewServlet.PATH + "/*", requests);
        context.addFilter(decorator, OutboxServlet.PATH, requests);
        context.addFilter(decorator, RatingPageServlet.PATH, requests);
        context.addFilter(decorator, DashboardServlet.PATH, requests);

        context.addServlet(new ServletHolder(new LoginServlet()), AuthenticationFilter.LOGIN_PATH);
        context.addServlet(new ServletHolder(new LogoutServlet()), SandboxChrome.LOGOUT_PATH);
        context.addServlet(new ServletHolder(new LanguageServlet()), SandboxChrome.LANGUAGE_PATH);
        context.addServlet(new ServletHolder(new StaticFilesServlet()), SandboxChrome.STATIC_PATH + "/*");
        context.addServlet(new ServletHolder(new WebResourceServlet(webResources)), WebResources.PATH + "/*");
        context.addServlet(new ServletHolder(new HomeServlet()), "");

        ClassLoader loader = SandboxServer.class.getClassLoader();
        WebPanels panels = WebPanels.load(descriptor, loader, components, components.get(TemplateRenderer.class), appMessages);
        context.addServlet(new ServletHolder(new RequestViewServlet(desk.requests(), directory, panels, new IssueContext(loader))),
                RequestViewServlet.PATH + "/*");
        context.addServlet(new ServletHolder(new RatingPageServlet(desk.ratings(), appMessages)), RatingPageServlet.PATH);
        context.addServlet(new ServletHolder(new OutboxServlet(desk.outbox())), OutboxServlet.PATH);
        // The dashboard host (issue 4): the descriptor's dashboard items on a Jira-like dashboard.
        context.addServlet(new ServletHolder(new DashboardServlet(descriptor.dashboardItems(), dashboardPreferences,
                components.get(PageBuilderService.class), appMessages)), DashboardServlet.PATH);

        for (ServletModule module : descriptor.servlets()) {
            Servlet servlet = (Servlet) components.create(Class.forName(module.className(), true, loader));
            ServletHolder holder = new ServletHolder("servlet-" + module.key(), servlet);
            for (String pattern : module.urlPatterns()) {
                context.addServlet(holder, PLUGIN_SERVLETS + pattern);
            }
        }
        for (RestModule module : descriptor.restModules()) {
            ResourceConfig rest = PluginRestApplication.create(module, pluginClasses, components);
            context.addServlet(new ServletHolder("rest-" + module.key(), new ServletContainer(rest)), module.mapping());
        }
        ResourceConfig sandboxRest = PluginRestApplication.base().register(new MyselfResource())
                .register(new DashboardPreferencesResource(dashboardPreferences, descriptor.dashboardItems().stream()
                        .map(DashboardItemModule::key).collect(java.util.stream.Collectors.toSet())));
        context.addServlet(new ServletHolder("rest-sandbox", new ServletContainer(sandboxRest)), "/rest/sandbox/1.0/*");
        return context;
    }

    private static SandboxStartException databaseProblem(SandboxDatabase database, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("lock")) {
            return new SandboxStartException("The sandbox database (" + database.describe() + ") is in use by another"
                    + " program, most likely a sandbox that is still running: stop it first.", e);
        }
        return new SandboxStartException("Cannot open the sandbox database " + database.describe() + ": " + message, e);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static void closeQuietly(Server server, PluginWiring wiring, OpenDatabase open) {
        // The scheduler starts last, after everything that can fail, so a failed start has none to stop.
        try {
            server.stop();
        } catch (Exception e) {
            LOG.debug("Stopping a half-started server failed", e);
        }
        if (wiring != null) {
            wiring.close();
        }
        if (open != null) {
            try {
                open.close();
            } catch (SQLException e) {
                LOG.debug("Closing the database of a half-started server failed", e);
            }
        }
    }

    /** E.g. {@code http://127.0.0.1:2990/jira} (no trailing slash). */
    public String baseUrl() {
        return "http://127.0.0.1:" + port + CONTEXT_PATH;
    }

    public URI uri(String pathInContext) {
        return URI.create(baseUrl() + pathInContext);
    }

    public int port() {
        return port;
    }

    /** The plugin's composition root: direct access to the core in-ports (test set-up, benchmarks). */
    public XlaApp app() {
        return wiring.app();
    }

    public SandboxDatabase database() {
        return database.database();
    }

    /** The simulated service desk: requests, outbox and customer ratings (test set-up and checks). */
    public ServiceDesk serviceDesk() {
        return desk;
    }

    /** An HTTP client logged in as {@code username} by basic auth (REST) ; {@code null} for anonymous. */
    public SandboxClient client(String username) {
        return new SandboxClient(this, username);
    }

    /** Stops serving, closes the plugin's database access and shuts the database down cleanly. */
    public void stop() {
        scheduler.close();
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("Jetty did not stop cleanly", e);
        }
        wiring.close();
        try {
            database.close();
        } catch (SQLException e) {
            LOG.warn("The database did not shut down cleanly", e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
