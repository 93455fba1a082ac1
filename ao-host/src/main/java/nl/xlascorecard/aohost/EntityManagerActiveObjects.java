package nl.xlascorecard.aohost;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Objects;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.java.ao.ActiveObjectsException;
import net.java.ao.DBParam;
import net.java.ao.DatabaseProvider;
import net.java.ao.DelegateConnection;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;
import net.java.ao.builder.EntityManagerBuilderWithUrlAndUsernameAndPassword;

/**
 * Jira's {@link ActiveObjects} facade done with the real AO library: every call goes to one AO
 * {@link EntityManager} configured as Jira's AO plugin configures it for an app (table prefix from
 * the namespace, Atlassian field, index, unique, sequence and trigger names, only the app's own
 * tables managed). Used by the sandbox and by the plugin's repository tests; never inside Jira.
 *
 * <p><b>Transactions</b> are real JDBC transactions: {@link #executeInTransaction} takes one
 * connection from the pool, runs the callback with autocommit off (AO hands the same connection to
 * every call on this thread meanwhile), commits when the callback returns and rolls back when it
 * throws. A call made while this thread already has a transaction open joins it, so services can
 * nest units of work as they do in Jira. The isolation level is READ COMMITTED, the default of
 * PostgreSQL and of Jira's own connections, rather than AO's built-in SERIALIZABLE: under
 * SERIALIZABLE a concurrent insert of the same unique key surfaces as a serialisation failure
 * instead of a unique-key violation, which the repositories could no longer tell apart.
 */
public final class EntityManagerActiveObjects implements ActiveObjects, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EntityManagerActiveObjects.class);

    private final EntityManager entityManager;
    private final Database database;
    private final String namespace;
    private final JiraTablePrefix prefix;
    /** The connection of the transaction this thread has open, if any. */
    private final ThreadLocal<Connection> transaction = new ThreadLocal<>();

    private EntityManagerActiveObjects(EntityManager entityManager, Database database, String namespace,
                                       JiraTablePrefix prefix) {
        this.entityManager = entityManager;
        this.database = database;
        this.namespace = namespace;
        this.prefix = prefix;
    }

    /**
     * Connects to {@code database} for the app whose {@code <ao>} module has this namespace. Creates
     * the PostgreSQL schema when it is missing. No table is created yet: see {@link AoUpgradeRunner}.
     */
    public static EntityManagerActiveObjects connect(Database database, String namespace) {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(namespace, "namespace");
        if (database.isPostgres()) {
            createSchemaIfMissing(database);
        }
        JiraTablePrefix prefix = new JiraTablePrefix(namespace);
        EntityManagerBuilderWithUrlAndUsernameAndPassword builder = EntityManagerBuilder
                .url(database.jdbcUrl())
                .username(database.username())
                .password(database.password());
        if (database.schema() != null) {
            builder = builder.schema(database.schema());
        }
        // DBCP: a small pool (AO's builder offers no other pooled option that is on Maven Central
        // and runs on Java 21); without one every call outside a transaction opens a connection.
        EntityManager entityManager = builder.dbcp()
                .tableNameConverter(new AtlassianTableNameConverter(prefix))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .schemaConfiguration(new PrefixedSchemaConfiguration(prefix))
                .build();
        return new EntityManagerActiveObjects(entityManager, database, namespace, prefix);
    }

    /*
     * Two sandbox nodes may start at the same moment: "IF NOT EXISTS" can still lose a race inside
     * PostgreSQL's catalogue (unique violation on pg_namespace), which means the schema is there.
     */
    private static void createSchemaIfMissing(Database database) {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + database.schema());
        } catch (SQLException e) {
            if (!SqlStates.isUniqueViolation(e)) {
                throw new ActiveObjectsException("Could not create schema " + database.schema(), e);
            }
        }
    }

    public Database database() {
        return database;
    }

    public String namespace() {
        return namespace;
    }

    /** The {@code AO_xxxxxx_} prefix of this app's tables. */
    public String tablePrefix() {
        return prefix.value();
    }

    /** The table name AO gives an entity, e.g. {@code AO_1A2B3C_ROUND}. */
    public String tableName(Class<? extends RawEntity<?>> entity) {
        return entityManager.getTableNameConverter().getName(entity);
    }

    /** Whether this thread has a transaction open. */
    public boolean inTransaction() {
        return transaction.get() != null;
    }

    /**
     * A connection of its own, outside any AO transaction (autocommit on), for host-level work such
     * as the upgrade lock. The caller closes it.
     */
    Connection openSeparateConnection() throws SQLException {
        if (inTransaction()) {
            throw new IllegalStateException("a transaction is open on this thread");
        }
        return entityManager.getProvider().getConnection();
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        Objects.requireNonNull(callback, "callback");
        if (inTransaction()) {
            return callback.doInTransaction();
        }
        DatabaseProvider provider = entityManager.getProvider();
        Connection connection = call(provider::startTransaction, "start a transaction");
        transaction.set(connection);
        boolean committed = false;
        try {
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            T result = callback.doInTransaction();
            provider.commitTransaction(connection);
            committed = true;
            return result;
        } catch (SQLException e) {
            throw new ActiveObjectsException("Transaction failed", e);
        } finally {
            try {
                if (!committed) {
                    rollback(provider, connection);
                }
            } finally {
                transaction.remove();
                release(connection);
            }
        }
    }

    private void rollback(DatabaseProvider provider, Connection connection) {
        try {
            provider.rollbackTransaction(connection);
        } catch (SQLException | RuntimeException e) {
            // The original failure is what matters; the pool discards or resets a broken connection.
            LOG.warn("Rollback failed", e);
        }
        // Entities read in the rolled-back transaction may cache values that never became true.
        flushAll();
    }

    private static void release(Connection connection) {
        try {
            ((DelegateConnection) connection).setCloseable(true);
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Could not return a connection", e);
        }
    }

    @Override
    @SafeVarargs
    @SuppressWarnings("varargs") // the array goes straight to AO's own varargs method, unread here
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        run(() -> entityManager.migrate(entities), "migrate");
    }

    @Override
    @SafeVarargs
    @SuppressWarnings("varargs") // the array goes straight to AO's own varargs method, unread here
    public final void migrateDestructively(Class<? extends RawEntity<?>>... entities) {
        run(() -> entityManager.migrateDestructively(entities), "migrate destructively");
    }

    @Override
    @SuppressWarnings("deprecation") // deprecated in the ORM, still part of Jira's facade
    public void flushAll() {
        entityManager.flushAll();
    }

    @Override
    @SuppressWarnings("deprecation") // deprecated in the ORM, still part of Jira's facade
    public void flush(RawEntity<?>... entities) {
        entityManager.flush(entities);
    }

    @Override
    @SafeVarargs
    @SuppressWarnings("varargs") // the array goes straight to AO's own varargs method, unread here
    public final <T extends RawEntity<K>, K> T[] get(Class<T> type, K... keys) {
        return call(() -> entityManager.get(type, keys), "get");
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return call(() -> entityManager.get(type, key), "get");
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return call(() -> entityManager.create(type, params), "create");
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return call(() -> entityManager.create(type, params), "create");
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        run(() -> entityManager.delete(entities), "delete");
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return call(() -> entityManager.deleteWithSQL(type, criteria, parameters), "delete");
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type) {
        return call(() -> entityManager.find(type), "find");
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return call(() -> entityManager.find(type, criteria, parameters), "find");
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return call(() -> entityManager.find(type, query), "find");
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String field, Query query) {
        return call(() -> entityManager.find(type, field, query), "find");
    }

    @Override
    public <T extends RawEntity<K>, K> T[] findWithSQL(Class<T> type, String keyField, String sql, Object... parameters) {
        return call(() -> entityManager.findWithSQL(type, keyField, sql, parameters), "find");
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, EntityStreamCallback<T, K> streamCallback) {
        run(() -> entityManager.stream(type, streamCallback), "stream");
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback) {
        run(() -> entityManager.stream(type, query, streamCallback), "stream");
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type) {
        return call(() -> entityManager.count(type), "count");
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return call(() -> entityManager.count(type, criteria, parameters), "count");
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return call(() -> entityManager.count(type, query), "count");
    }

    /** Closes the pool (and, for HSQLDB, the database once no other host uses it). */
    @Override
    public void close() {
        entityManager.getProvider().dispose();
    }

    @FunctionalInterface
    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    @FunctionalInterface
    private interface SqlRun {
        void run() throws SQLException;
    }

    /*
     * Like Jira's facade: SQLException becomes unchecked, with the original kept as the cause so that
     * callers can still read its SQLState (e.g. 23505 for a unique-key violation).
     */
    private static <T> T call(SqlCall<T> call, String what) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw new ActiveObjectsException("Active Objects could not " + what + ": " + e.getMessage(), e);
        }
    }

    private static void run(SqlRun run, String what) {
        call(() -> {
            run.run();
            return null;
        }, what);
    }
}
