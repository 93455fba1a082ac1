package nl.xlascorecard.aohost;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where Active Objects keeps its tables: an HSQLDB file (the sandbox's default), an in-memory
 * HSQLDB (tests), or a PostgreSQL database with a chosen schema (so several sandboxes or test
 * classes can share one server without seeing each other's tables).
 *
 * @param kind     which database engine
 * @param jdbcUrl  JDBC URL as AO's {@code EntityManagerBuilder} takes it
 * @param schema   PostgreSQL schema (lower case, created when missing), {@code null} for HSQLDB
 */
public record Database(Kind kind, String jdbcUrl, String username, String password, String schema) {

    /** The engines the host supports: the ones AO 3.2.11 was verified with here. */
    public enum Kind {
        HSQLDB_FILE,
        HSQLDB_MEMORY,
        POSTGRESQL
    }

    /** Lower case only: PostgreSQL folds unquoted names to lower case and AO quotes its own. */
    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /*
     * HSQLDB runs in MVCC mode: readers never wait for writers, and writers of the same row queue up
     * (row locks), which is closer to PostgreSQL than HSQLDB's default table locks.
     */
    private static final String HSQLDB_OPTIONS = ";hsqldb.tx=mvcc;shutdown=true";

    public Database {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (kind == Kind.POSTGRESQL) {
            if (schema == null || !SCHEMA_NAME.matcher(schema).matches()) {
                throw new IllegalArgumentException("PostgreSQL needs a lower-case schema name, got: " + schema);
            }
        } else if (schema != null) {
            throw new IllegalArgumentException("HSQLDB uses its default schema");
        }
    }

    /** A database kept in files {@code <file>.*} (created when missing). */
    public static Database hsqldbFile(Path file) {
        return new Database(Kind.HSQLDB_FILE, "jdbc:hsqldb:file:" + file.toAbsolutePath() + HSQLDB_OPTIONS, "SA", "", null);
    }

    /** A database that lives as long as the JVM has a connection to it. */
    public static Database hsqldbMemory(String name) {
        return new Database(Kind.HSQLDB_MEMORY, "jdbc:hsqldb:mem:" + name + HSQLDB_OPTIONS, "SA", "", null);
    }

    /**
     * A PostgreSQL database; the app's tables go into {@code schema}.
     *
     * @param jdbcUrl e.g. {@code jdbc:postgresql://127.0.0.1:5432/test}
     */
    public static Database postgres(String jdbcUrl, String username, String password, String schema) {
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        return new Database(Kind.POSTGRESQL, jdbcUrl, username, password, schema);
    }

    public boolean isPostgres() {
        return kind == Kind.POSTGRESQL;
    }

    /** Safe for logs: the URL without credentials (they are never part of it) and the schema. */
    @Override
    public String toString() {
        return kind + " " + jdbcUrl + (schema == null ? "" : " schema " + schema);
    }
}
