package nl.xlascorecard.sandbox.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.Statement;

/**
 * The sandbox database while the sandbox runs. For HSQLDB it holds one connection open for the whole
 * run, so the in-process database is not opened and closed again with every short-lived connection,
 * and closes it with {@code SHUTDOWN}: the files are complete and the lock is released, so the next
 * start opens them without recovery.
 */
public final class OpenDatabase implements AutoCloseable {

    private final SandboxDatabase database;
    private final Connection keeper;

    private OpenDatabase(SandboxDatabase database, Connection keeper) {
        this.database = database;
        this.keeper = keeper;
    }

    public static OpenDatabase open(SandboxDatabase database) throws SQLException {
        database.prepare();
        return new OpenDatabase(database, database.kind() == DatabaseKind.HSQLDB ? database.connect() : null);
    }

    public SandboxDatabase database() {
        return database;
    }

    @Override
    public void close() throws SQLException {
        if (keeper == null) {
            return;
        }
        try (Connection connection = keeper) {
            if (connection.isClosed()) {
                // AO's HSQLDB provider already shut the database down when the AO facade was closed.
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLNonTransientConnectionException alreadyDown) {
                // The same: the database went down under this connection, which is what we wanted.
            }
        }
    }
}
