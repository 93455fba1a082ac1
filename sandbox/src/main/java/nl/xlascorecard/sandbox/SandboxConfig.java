package nl.xlascorecard.sandbox;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

import nl.xlascorecard.sandbox.db.SandboxDatabase;
import nl.xlascorecard.sandbox.descriptor.PluginDescriptor;
import nl.xlascorecard.sandbox.jobs.JobSchedule;

/**
 * How to start a sandbox.
 *
 * @param port     HTTP port; 0 picks a free one (tests)
 * @param database where the data lives
 * @param demoData generate demo rounds, responses, actions, requests and ratings on first start
 * @param clock    the app's clock (tests may fix it)
 * @param descriptor class-path name of the plugin descriptor; {@code atlassian-plugin.xml} except in
 *                   tests of the host itself, which use a test plugin
 * @param jobs     how often the app's scheduled jobs run ({@link JobSchedule#OFF} in tests unless asked)
 * @param node     the node's name (two sandboxes on one database are two nodes of a cluster)
 */
public record SandboxConfig(int port, SandboxDatabase database, boolean demoData, Clock clock, String descriptor,
                            JobSchedule jobs, String node) {

    public static final String DEFAULT_POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    public static final String DEFAULT_POSTGRES_SCHEMA = "xla_sandbox";
    public static final String DEFAULT_NODE = "node1";

    public SandboxConfig {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(jobs, "jobs");
        Objects.requireNonNull(node, "node");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    public SandboxConfig(int port, SandboxDatabase database, boolean demoData, Clock clock, String descriptor) {
        this(port, database, demoData, clock, descriptor, JobSchedule.OFF, DEFAULT_NODE);
    }

    /** A random free port, an HSQLDB file database in {@code dataDirectory}, no demo data, no jobs. */
    public static SandboxConfig forTests(Path dataDirectory) {
        return new SandboxConfig(0, SandboxDatabase.hsqldbFile(dataDirectory), false, testClock(), PluginDescriptor.RESOURCE);
    }

    /**
     * The system clock, moved by {@code -Dxla.test.clockShiftHours=N} when set. The demo data are
     * generated relative to the start time (weekday and hour included), so tests that read them can
     * be run "on another day" to find assertions that only hold on some days.
     */
    static Clock testClock() {
        long hours = Long.getLong("xla.test.clockShiftHours", 0L);
        return hours == 0 ? Clock.systemUTC() : Clock.offset(Clock.systemUTC(), Duration.ofHours(hours));
    }

    /** A random free port on PostgreSQL schema {@code schema} (use one per test class), no demo data, no jobs. */
    public static SandboxConfig forPostgresTests(String schema) {
        String url = System.getProperty("xla.test.postgres.url", DEFAULT_POSTGRES_URL);
        return new SandboxConfig(0, SandboxDatabase.postgres(url, "postgres", schema), false, testClock(),
                PluginDescriptor.RESOURCE);
    }

    public SandboxConfig withDemoData(boolean generate) {
        return new SandboxConfig(port, database, generate, clock, descriptor, jobs, node);
    }

    public SandboxConfig withPort(int newPort) {
        return new SandboxConfig(newPort, database, demoData, clock, descriptor, jobs, node);
    }

    public SandboxConfig withClock(Clock newClock) {
        return new SandboxConfig(port, database, demoData, newClock, descriptor, jobs, node);
    }

    /** Another plugin descriptor on the class path (tests of the host with a test plugin). */
    public SandboxConfig withDescriptor(String resourceName) {
        return new SandboxConfig(port, database, demoData, clock, resourceName, jobs, node);
    }

    public SandboxConfig withJobs(JobSchedule schedule) {
        return new SandboxConfig(port, database, demoData, clock, descriptor, schedule, node);
    }

    public SandboxConfig withNode(String name) {
        return new SandboxConfig(port, database, demoData, clock, descriptor, jobs, name);
    }
}
