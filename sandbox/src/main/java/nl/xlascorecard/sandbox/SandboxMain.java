package nl.xlascorecard.sandbox;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import nl.xlascorecard.sandbox.auth.DemoUser;
import nl.xlascorecard.sandbox.auth.DemoUsers;
import nl.xlascorecard.sandbox.db.DatabaseKind;
import nl.xlascorecard.sandbox.db.SandboxDatabase;
import nl.xlascorecard.sandbox.descriptor.PluginDescriptor;
import nl.xlascorecard.sandbox.jobs.JobSchedule;

/**
 * Starts the sandbox in the foreground: {@code -Dsandbox.port} (default 2990), {@code -Dsandbox.db}
 * ({@code hsqldb}, the default: a file database in {@code sandbox/data/} below the working
 * directory; or {@code postgres}: schema {@code xla_sandbox} of 127.0.0.1:5432/test),
 * {@code -Dsandbox.demo=false} to skip the demo data. Stops cleanly on Ctrl+C.
 */
public final class SandboxMain {

    private SandboxMain() {
    }

    public static void main(String[] args) {
        // Before any logger exists: the sandbox's own messages, and only warnings from the libraries.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.nl.xlascorecard", "info");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        SandboxConfig config;
        try {
            config = config();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        SandboxServer server;
        try {
            server = SandboxServer.start(config);
        } catch (SandboxStartException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "sandbox-shutdown"));
        printWelcome(server, config);
    }

    private static SandboxConfig config() {
        int port;
        try {
            port = Integer.parseInt(System.getProperty("sandbox.port", "2990").trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-Dsandbox.port must be a number, e.g. -Dsandbox.port=2990.", e);
        }
        DatabaseKind kind = DatabaseKind.parse(System.getProperty("sandbox.db", "hsqldb"));
        SandboxDatabase database = kind == DatabaseKind.POSTGRES
                ? SandboxDatabase.postgres(System.getProperty("sandbox.postgres.url", SandboxConfig.DEFAULT_POSTGRES_URL),
                        System.getProperty("sandbox.postgres.user", "postgres"),
                        System.getProperty("sandbox.postgres.schema", SandboxConfig.DEFAULT_POSTGRES_SCHEMA))
                : SandboxDatabase.hsqldbFile(Path.of(System.getProperty("sandbox.data", "sandbox/data")));
        boolean demo = Boolean.parseBoolean(System.getProperty("sandbox.demo", "true"));
        JobSchedule jobs = new JobSchedule(seconds("sandbox.jobs.reconcile.seconds", JobSchedule.DEFAULT.reconcileRatings()),
                seconds("sandbox.jobs.reminders.seconds", JobSchedule.DEFAULT.followUpReminders()),
                seconds("sandbox.jobs.targets.seconds", JobSchedule.DEFAULT.targetEvaluation()));
        return new SandboxConfig(port, database, demo, Clock.systemDefaultZone(), PluginDescriptor.RESOURCE, jobs,
                System.getProperty("sandbox.node", SandboxConfig.DEFAULT_NODE));
    }

    private static Duration seconds(String property, Duration fallback) {
        String value = System.getProperty(property);
        if (value == null) {
            return fallback;
        }
        try {
            long seconds = Long.parseLong(value.trim());
            if (seconds < 0) {
                throw new NumberFormatException(value);
            }
            return Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + property + " must be a whole number of seconds (0 = off), e.g. -D"
                    + property + "=60.", e);
        }
    }

    private static void printWelcome(SandboxServer server, SandboxConfig config) {
        String url = "http://localhost:" + server.port() + SandboxServer.CONTEXT_PATH + "/";
        StringBuilder text = new StringBuilder()
                .append("\n  XLA Scorecard sandbox (not Jira) is running at ").append(url).append('\n')
                .append("  Database: ").append(config.database().describe()).append('\n')
                .append("  Demo logins (password = user name):\n");
        for (DemoUser user : DemoUsers.ALL) {
            text.append(String.format("    %-15s %s%n", user.username(), user.displayName()));
        }
        text.append("  REST example: curl -u admin:admin ").append(url).append("rest/sandbox/1.0/myself\n")
                .append("  Stop with Ctrl+C.\n");
        System.out.println(text);
    }
}
