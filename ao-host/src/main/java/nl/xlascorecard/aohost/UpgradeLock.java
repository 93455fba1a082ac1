package nl.xlascorecard.aohost;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Exclusive right to upgrade one namespace's tables, held from before the first upgrade task until
 * after the migration, and the stored model version read and written under it. {@link #close()}
 * keeps the versions written (also after a failed task) and releases the lock.
 */
abstract sealed class UpgradeLock implements AutoCloseable {

    final String table;
    final String namespace;

    private UpgradeLock(String table, String namespace) {
        this.table = table;
        this.namespace = namespace;
    }

    /** Blocks until this node holds the lock. */
    static UpgradeLock acquire(EntityManagerActiveObjects ao, String table) throws SQLException {
        return ao.database().isPostgres() ? RowLock.acquire(ao, table) : JvmLock.acquire(ao, table);
    }

    abstract ModelVersion read() throws SQLException;

    abstract void write(ModelVersion version) throws SQLException;

    @Override
    public abstract void close() throws SQLException;

    static ModelVersion read(Connection connection, String table, String namespace) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT MODEL_VERSION FROM " + table + " WHERE NAMESPACE = ?")) {
            select.setString(1, namespace);
            try (ResultSet rows = select.executeQuery()) {
                return ModelVersion.valueOf(rows.next() ? String.valueOf(rows.getInt(1)) : null);
            }
        }
    }

    static void write(Connection connection, String table, String namespace, ModelVersion version) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET MODEL_VERSION = ? WHERE NAMESPACE = ?")) {
            update.setInt(1, Integer.parseInt(version.toString()));
            update.setString(2, namespace);
            update.executeUpdate();
        }
    }

    /**
     * PostgreSQL: a row lock on the namespace's row of the version table, taken by an UPDATE in a
     * transaction that stays open for the whole run (what {@code SELECT ... FOR UPDATE} would do).
     * Another node's UPDATE of the row waits until this transaction ends, then reads the version
     * committed here. If this node dies the database rolls the transaction back and frees the row.
     * PostgreSQL's DDL is transactional and does not wait for unrelated transactions, so AO can
     * migrate on other connections meanwhile.
     */
    static final class RowLock extends UpgradeLock {

        private final Connection connection;

        private RowLock(String table, String namespace, Connection connection) {
            super(table, namespace);
            this.connection = connection;
        }

        static RowLock acquire(EntityManagerActiveObjects ao, String table) throws SQLException {
            Connection connection = ao.openSeparateConnection();
            try {
                connection.setAutoCommit(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET LOCKED_AT = ? WHERE NAMESPACE = ?")) {
                    update.setLong(1, System.currentTimeMillis());
                    update.setString(2, ao.namespace());
                    if (update.executeUpdate() != 1) {
                        throw new SQLException("No model version row for " + ao.namespace());
                    }
                }
                return new RowLock(table, ao.namespace(), connection);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        }

        @Override
        ModelVersion read() throws SQLException {
            return read(connection, table, namespace);
        }

        /* Written in the lock's own transaction: a separate UPDATE of the locked row would wait for it. */
        @Override
        void write(ModelVersion version) throws SQLException {
            write(connection, table, namespace, version);
        }

        @Override
        public void close() throws SQLException {
            try (connection) {
                connection.commit();
            }
        }
    }

    /**
     * HSQLDB: a lock in this JVM per database. HSQLDB makes a DDL statement wait until every other
     * open transaction has ended, so no transaction can hold a lock while AO creates tables (the
     * first attempt, a row lock as on PostgreSQL, deadlocked). An in-process HSQLDB database can
     * only be used from one JVM (HSQLDB locks a file database to one process with its .lck file; a
     * memory database exists only in its JVM), so every node that can reach the database runs in
     * this JVM and a JVM-wide lock per database URL excludes them all. Versions are written with
     * autocommit, each right after its task.
     */
    static final class JvmLock extends UpgradeLock {

        private static final Map<String, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

        private final EntityManagerActiveObjects ao;
        private final ReentrantLock lock;

        private JvmLock(String table, EntityManagerActiveObjects ao, ReentrantLock lock) {
            super(table, ao.namespace());
            this.ao = ao;
            this.lock = lock;
        }

        static JvmLock acquire(EntityManagerActiveObjects ao, String table) {
            ReentrantLock lock = LOCKS.computeIfAbsent(ao.database().jdbcUrl() + "|" + ao.namespace(), k -> new ReentrantLock());
            lock.lock();
            return new JvmLock(table, ao, lock);
        }

        @Override
        ModelVersion read() throws SQLException {
            try (Connection connection = ao.openSeparateConnection()) {
                return read(connection, table, namespace);
            }
        }

        @Override
        void write(ModelVersion version) throws SQLException {
            try (Connection connection = ao.openSeparateConnection()) {
                connection.setAutoCommit(true);
                write(connection, table, namespace, version);
            }
        }

        @Override
        public void close() {
            lock.unlock();
        }
    }
}
