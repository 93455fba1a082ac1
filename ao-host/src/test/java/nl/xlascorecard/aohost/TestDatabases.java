package nl.xlascorecard.aohost;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/** Databases for the host's tests: a fresh in-memory HSQLDB, or a fresh PostgreSQL schema. */
final class TestDatabases {

    static final String PG_URL = System.getProperty("xla.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");

    private TestDatabases() {
    }

    static Database hsqldb() {
        return Database.hsqldbMemory("aohost_" + UUID.randomUUID().toString().replace("-", ""));
    }

    /** Skips the calling test unless -Dxla.test.postgres=true. */
    static Database postgres(Class<?> testClass) {
        Assumptions.assumeTrue(Boolean.getBoolean("xla.test.postgres"), "PostgreSQL tests need -Dxla.test.postgres=true");
        String schema = ("aohost_" + testClass.getSimpleName() + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT).replace('-', '_');
        return Database.postgres(PG_URL, "postgres", "", schema);
    }

    static void drop(Database database) throws SQLException {
        // null when the PostgreSQL assumption skipped the test before a database was made
        if (database != null && database.isPostgres()) {
            try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
                 Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + database.schema() + " CASCADE");
            }
        }
    }
}
