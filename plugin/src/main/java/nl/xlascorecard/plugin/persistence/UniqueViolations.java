package nl.xlascorecard.plugin.persistence;

import java.sql.SQLException;
import java.util.Set;

/**
 * Recognises a unique-key violation behind whatever unchecked exception AO wrapped it in: the
 * natural keys (one baseline per organisation, one response per ref, one template per version)
 * are guarded by unique columns, and the database's refusal is the answer to a race.
 */
final class UniqueViolations {

    /** SQLSTATE of a unique violation on PostgreSQL and HSQLDB (SQL standard). */
    private static final String UNIQUE_VIOLATION = "23505";
    /** MySQL 1062, Oracle ORA-00001, SQL Server 2627 and 2601 report SQLSTATE 23000 with these codes. */
    private static final Set<Integer> VENDOR_DUPLICATE_KEY_CODES = Set.of(1062, 1, 2627, 2601);

    private UniqueViolations() {
    }

    static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(e.getSQLState())
                            || "23000".equals(e.getSQLState()) && VENDOR_DUPLICATE_KEY_CODES.contains(e.getErrorCode())) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
