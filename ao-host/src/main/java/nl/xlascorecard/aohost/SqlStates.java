package nl.xlascorecard.aohost;

import java.sql.SQLException;

/** Reading SQLSTATE codes, which PostgreSQL and HSQLDB both set as the SQL standard says. */
final class SqlStates {

    private SqlStates() {
    }

    /** Class 23 "integrity constraint violation", code 23505 "unique violation". */
    static boolean isUniqueViolation(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if ("23505".equals(next.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
