package nl.xlascorecard.plugin.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Assumptions;

import nl.xlascorecard.aohost.AoHost;
import nl.xlascorecard.aohost.Database;
import nl.xlascorecard.aohost.EntityManagerActiveObjects;
import nl.xlascorecard.core.scorecard.domain.ScorecardTemplate;

/**
 * The app's tables on a real database for tests, started as Jira would start them (upgrade tasks,
 * then migration) through the ao-host: a fresh in-memory HSQLDB, or a fresh PostgreSQL schema
 * (only with {@code -Dxla.test.postgres=true}; otherwise the calling test is skipped). Also used by
 * the sandbox's tests through the plugin's test jar.
 */
public final class AoTestDatabase implements AutoCloseable {

    public static final String POSTGRES_URL = System.getProperty("xla.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");

    private final Database database;
    private final EntityManagerActiveObjects ao;

    private AoTestDatabase(Database database, Supplier<ScorecardTemplate> defaultTemplate) {
        this.database = database;
        this.ao = AoHost.start(database, PersistenceModule.NAMESPACE, PersistenceModule.entities(),
                PersistenceModule.upgradeTasks(defaultTemplate));
    }

    public static AoTestDatabase hsqldb(Supplier<ScorecardTemplate> defaultTemplate) {
        return new AoTestDatabase(hsqldbDatabase(), defaultTemplate);
    }

    /** Skips the calling test unless PostgreSQL tests are switched on. */
    public static AoTestDatabase postgres(Class<?> testClass, Supplier<ScorecardTemplate> defaultTemplate) {
        return new AoTestDatabase(postgresDatabase(testClass), defaultTemplate);
    }

    public static Database hsqldbDatabase() {
        return Database.hsqldbMemory("xla_" + UUID.randomUUID().toString().replace("-", ""));
    }

    /** A schema of its own per test class (and run), so parallel builds never share tables. */
    public static Database postgresDatabase(Class<?> testClass) {
        Assumptions.assumeTrue(Boolean.getBoolean("xla.test.postgres"), "PostgreSQL tests need -Dxla.test.postgres=true");
        String name = testClass.getName().substring(testClass.getName().lastIndexOf('.') + 1).replace('$', '_');
        String schema = ("xla_" + name + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        return Database.postgres(POSTGRES_URL, "postgres", "", schema.length() > 63 ? schema.substring(schema.length() - 63) : schema);
    }

    /** Drops a PostgreSQL test schema with everything in it; nothing to do for HSQLDB in memory. */
    public static void drop(Database database) throws SQLException {
        if (database.isPostgres()) {
            try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
                 Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + database.schema() + " CASCADE");
            }
        }
    }

    public Database database() {
        return database;
    }

    public EntityManagerActiveObjects ao() {
        return ao;
    }

    /** Plain JDBC to the same database, e.g. to read its metadata. */
    public Connection jdbc() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }

    @Override
    public void close() throws SQLException {
        ao.close();
        drop(database);
    }
}
