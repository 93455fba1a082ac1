package com.atlassian.activeobjects.external;

import java.util.Map;

import com.atlassian.sal.api.transaction.TransactionCallback;

import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). The thread-safe Active Objects facade
 * that Jira's AO plugin gives each app (an OSGi service). Methods mirror AO's {@code EntityManager}
 * but throw unchecked exceptions instead of {@link java.sql.SQLException}. Only the methods this
 * app may use are declared; {@code moduleMetaData()} is left out.
 * Source: https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ActiveObjects.html
 * (implemented by {@code EntityManagedActiveObjects}, same site, apidocs).
 */
public interface ActiveObjects {

    /** Creates or alters the tables of these entities (never drops anything). */
    @SuppressWarnings("unchecked")
    void migrate(Class<? extends RawEntity<?>>... entities);

    /** Like {@link #migrate}, and drops columns and tables no longer declared. */
    @SuppressWarnings("unchecked")
    void migrateDestructively(Class<? extends RawEntity<?>>... entities);

    /** Forgets every field value cached in entities, e.g. after SQL outside AO changed rows. */
    void flushAll();

    void flush(RawEntity<?>... entities);

    @SuppressWarnings("unchecked")
    <T extends RawEntity<K>, K> T[] get(Class<T> type, K... keys);

    /** @return the entity, or {@code null} when no row has that key */
    <T extends RawEntity<K>, K> T get(Class<T> type, K key);

    /** INSERTs a row; every {@code @NotNull} column must be among the parameters. */
    <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

    void delete(RawEntity<?>... entities);

    /** DELETE FROM the entity's table WHERE {@code criteria}; returns the number of rows deleted. */
    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, String field, Query query);

    <T extends RawEntity<K>, K> T[] findWithSQL(Class<T> type, String keyField, String sql, Object... parameters);

    /** Feeds matching rows to the callback one at a time (read-only entities), for large reads. */
    <T extends RawEntity<K>, K> void stream(Class<T> type, EntityStreamCallback<T, K> streamCallback);

    <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback);

    <K> int count(Class<? extends RawEntity<K>> type);

    <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    /**
     * Runs the callback in one database transaction: committed when it returns, rolled back when it
     * throws. A call made while a transaction is already open on this thread joins it.
     */
    <T> T executeInTransaction(TransactionCallback<T> callback);
}
