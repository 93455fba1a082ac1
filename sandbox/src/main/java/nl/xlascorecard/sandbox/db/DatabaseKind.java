package nl.xlascorecard.sandbox.db;

import java.util.Locale;

/** The databases the sandbox can run on: the two that Jira Data Center sites most often use for AO tests here. */
public enum DatabaseKind {
    HSQLDB,
    POSTGRES;

    /** Parses {@code -Dsandbox.db}: {@code hsqldb} or {@code postgres} (case-insensitive). */
    public static DatabaseKind parse(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "hsqldb", "hsql" -> HSQLDB;
            case "postgres", "postgresql" -> POSTGRES;
            default -> throw new IllegalArgumentException(
                    "Unknown database '" + value + "': use -Dsandbox.db=hsqldb or -Dsandbox.db=postgres.");
        };
    }
}
