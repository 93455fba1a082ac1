package nl.xlascorecard.sandbox.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

/**
 * Where the sandbox keeps its data: an HSQLDB file database (survives restarts) or a schema of a
 * PostgreSQL database. Both the AO facade and the simulated service desk connect through this, so
 * they always see the same database.
 *
 * @param schema {@code null} for HSQLDB (its default schema); the PostgreSQL schema otherwise
 */
public record SandboxDatabase(DatabaseKind kind, String jdbcUrl, String user, String password, String schema) {

    public SandboxDatabase {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    }

    /** An HSQLDB file database {@code xla} in {@code directory}. */
    public static SandboxDatabase hsqldbFile(Path directory) {
        Path file = directory.toAbsolutePath().resolve("xla");
        // hsqldb.write_delay=false: every commit reaches the file, so a killed sandbox loses nothing.
        String url = "jdbc:hsqldb:file:" + file + ";hsqldb.write_delay=false";
        return new SandboxDatabase(DatabaseKind.HSQLDB, url, "SA", "", null);
    }

    /** A schema of the PostgreSQL database at {@code baseUrl} (e.g. jdbc:postgresql://127.0.0.1:5432/test). */
    public static SandboxDatabase postgres(String baseUrl, String user, String schema) {
        if (!schema.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("PostgreSQL schema must be a lower-case identifier: " + schema);
        }
        String separator = baseUrl.contains("?") ? "&" : "?";
        return new SandboxDatabase(DatabaseKind.POSTGRES, baseUrl + separator + "currentSchema=" + schema, user, "", schema);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    /** Creates the PostgreSQL schema when it does not exist yet (HSQLDB needs nothing). */
    public void prepare() throws SQLException {
        if (kind != DatabaseKind.POSTGRES) {
            return;
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        }
    }

    /**
     * Closes the database cleanly: HSQLDB writes its files and releases the lock file, so the next
     * start opens it without recovery. PostgreSQL needs nothing.
     */
    public void shutdown() throws SQLException {
        if (kind != DatabaseKind.HSQLDB) {
            return;
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }

    /** Drops the PostgreSQL schema and everything in it (tests clean up after themselves). */
    public void dropSchema() throws SQLException {
        if (kind != DatabaseKind.POSTGRES) {
            return;
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
