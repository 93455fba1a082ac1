package nl.xlascorecard.aohost;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.java.ao.ActiveObjectsException;
import net.java.ao.RawEntity;

/**
 * What Jira's AO plugin does when an app starts: bring the app's tables up to date. It keeps the
 * model version of each namespace in a table of its own ({@value #TABLE}, where Jira keeps it in
 * plugin settings), runs the upgrade tasks whose version is newer than the stored one in ascending
 * order, records the version after each task, and finally migrates the app's current entities.
 * A task that throws stops the run; the versions reached so far stay recorded, so the failed task
 * is tried again on the next start.
 *
 * <p><b>Two nodes starting on one database</b> must not both run a task, so the whole run (tasks
 * and migration) happens under an exclusive {@link UpgradeLock} on the namespace: on PostgreSQL a
 * row lock on the namespace's row of the version table, held by a transaction that stays open for
 * the run (released by the database if the node dies); on HSQLDB, whose DDL waits for every open
 * transaction, a lock in this JVM per database, which all nodes that can open an in-process HSQLDB
 * database share. The node that gets the lock second reads the version the first one stored and
 * finds nothing left to do.
 */
public final class AoUpgradeRunner {

    /** Host-level table (no {@code AO_} prefix, so AO's schema migration never manages it). */
    static final String TABLE = "AOHOST_MODEL_VERSION";

    private static final Logger LOG = LoggerFactory.getLogger(AoUpgradeRunner.class);

    private final EntityManagerActiveObjects ao;
    private final String table;

    public AoUpgradeRunner(EntityManagerActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
        String schema = ao.database().schema();
        this.table = schema == null ? TABLE : schema + "." + TABLE;
    }

    /**
     * Runs the pending upgrade tasks, then migrates {@code entities}. Safe to call on every start
     * and from several nodes at once.
     *
     * @return the model version stored afterwards
     * @throws IllegalArgumentException when two tasks claim the same model version
     */
    @SuppressWarnings("unchecked") // a list of entity classes handed to AO's varargs migrate
    public ModelVersion upgrade(List<Class<? extends RawEntity<?>>> entities, List<ActiveObjectsUpgradeTask> tasks) {
        List<ActiveObjectsUpgradeTask> ordered = inVersionOrder(tasks);
        Class<? extends RawEntity<?>>[] entityArray = (Class<? extends RawEntity<?>>[]) entities.toArray(new Class<?>[0]);
        try {
            ensureVersionRow();
            try (UpgradeLock lock = UpgradeLock.acquire(ao, table)) {
                ModelVersion version = runPendingTasks(lock, ordered);
                ao.migrate(entityArray);
                return version;
            }
        } catch (SQLException e) {
            throw new ActiveObjectsException("Could not upgrade the tables of " + ao.namespace(), e);
        }
    }

    /** The model version stored for the namespace; 0 when none is. */
    public ModelVersion storedVersion() {
        try {
            ensureVersionRow();
            try (Connection connection = ao.openSeparateConnection()) {
                return UpgradeLock.read(connection, table, ao.namespace());
            }
        } catch (SQLException e) {
            throw new ActiveObjectsException("Could not read the model version of " + ao.namespace(), e);
        }
    }

    private static List<ActiveObjectsUpgradeTask> inVersionOrder(List<ActiveObjectsUpgradeTask> tasks) {
        List<ActiveObjectsUpgradeTask> ordered = new ArrayList<>(tasks);
        ordered.sort(Comparator.comparing(ActiveObjectsUpgradeTask::getModelVersion));
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i).getModelVersion().isSame(ordered.get(i - 1).getModelVersion())) {
                throw new IllegalArgumentException("Two upgrade tasks for model version " + ordered.get(i).getModelVersion());
            }
        }
        return ordered;
    }

    private ModelVersion runPendingTasks(UpgradeLock lock, List<ActiveObjectsUpgradeTask> ordered) throws SQLException {
        ModelVersion current = lock.read();
        for (ActiveObjectsUpgradeTask task : ordered) {
            if (!task.getModelVersion().isNewerThan(current)) {
                continue;
            }
            LOG.info("Upgrading {} from model version {} to {} ({})", ao.namespace(), current, task.getModelVersion(),
                    task.getClass().getSimpleName());
            task.upgrade(current, ao);
            current = task.getModelVersion();
            lock.write(current);
        }
        return current;
    }

    /*
     * Creates the version table and the namespace's row (version 0) unless they exist. Both steps
     * tolerate a concurrent node doing the same: the loser sees a duplicate table or key.
     */
    private void ensureVersionRow() throws SQLException {
        try (Connection connection = ao.openSeparateConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            try {
                statement.execute("CREATE TABLE IF NOT EXISTS " + table
                        + " (NAMESPACE VARCHAR(255) NOT NULL PRIMARY KEY, MODEL_VERSION INTEGER NOT NULL, LOCKED_AT BIGINT)");
            } catch (SQLException e) {
                if (!SqlStates.isUniqueViolation(e) && !"42P07".equals(e.getSQLState())) {
                    throw e;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + table + " (NAMESPACE, MODEL_VERSION) VALUES (?, 0)")) {
                if (!rowExists(connection)) {
                    insert.setString(1, ao.namespace());
                    insert.executeUpdate();
                }
            } catch (SQLException e) {
                if (!SqlStates.isUniqueViolation(e)) {
                    throw e;
                }
            }
        }
    }

    private boolean rowExists(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM " + table + " WHERE NAMESPACE = ?")) {
            select.setString(1, ao.namespace());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }
}
