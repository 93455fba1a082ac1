package nl.xlascorecard.sandbox.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

import nl.xlascorecard.aohost.Database;

/**
 * Where the sandbox keeps its data: an HSQLDB file database (survives restarts) or a schema of a
 * PostgreSQL database. The plugin's AO tables (through {@link #aoDatabase()}) and the simulated
 * service desk's own table live in the same database and schema.
 */
public record SandboxDatabase(DatabaseKind kind, Database aoDatabase) {

    public SandboxDatabase {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(aoDatabase, "aoDatabase");
    }

    /** An HSQLDB file database {@code xla} in {@code directory}. */
    public static SandboxDatabase hsqldbFile(Path directory) {
        Database base = Database.hsqldbFile(directory.resolve("xla"));
        // write_delay=false: every commit reaches the files, so a killed sandbox loses nothing.
        Database durable = new Database(base.kind(), base.jdbcUrl() + ";hsqldb.write_delay=false", base.username(),
                base.password(), null);
        return new SandboxDatabase(DatabaseKind.HSQLDB, durable);
    }

    /** A schema of the PostgreSQL database at {@code url} (e.g. jdbc:postgresql://127.0.0.1:5432/test). */
    public static SandboxDatabase postgres(String url, String user, String schema) {
        return new SandboxDatabase(DatabaseKind.POSTGRES, Database.postgres(url, user, "", schema));
    }

    /** For messages: the JDBC URL and, on PostgreSQL, the schema. */
    public String describe() {
        return aoDatabase.jdbcUrl() + (aoDatabase.schema() == null ? "" : " (schema " + aoDatabase.schema() + ")");
    }

    /** A connection whose default schema is the sandbox's. */
    public Connection connect() throws SQLException {
        if (kind == DatabaseKind.POSTGRES) {
            String separator = aoDatabase.jdbcUrl().contains("?") ? "&" : "?";
            return DriverManager.getConnection(aoDatabase.jdbcUrl() + separator + "currentSchema=" + aoDatabase.schema(),
                    aoDatabase.username(), aoDatabase.password());
        }
        return DriverManager.getConnection(aoDatabase.jdbcUrl(), aoDatabase.username(), aoDatabase.password());
    }

    /** Creates the PostgreSQL schema when it does not exist yet (HSQLDB needs nothing). */
    public void prepare() throws SQLException {
        if (kind != DatabaseKind.POSTGRES) {
            return;
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + aoDatabase.schema());
        }
    }

    /** Drops the PostgreSQL schema and everything in it (tests clean up after themselves). */
    public void dropSchema() throws SQLException {
        if (kind != DatabaseKind.POSTGRES) {
            return;
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + aoDatabase.schema() + " CASCADE");
        }
    }
}
