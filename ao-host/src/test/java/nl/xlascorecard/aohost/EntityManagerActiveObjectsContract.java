package nl.xlascorecard.aohost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import net.java.ao.DBParam;
import net.java.ao.Query;

/** The facade's behaviour, run on each database by a subclass. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EntityManagerActiveObjectsContract {

    private static final String NAMESPACE = "nl.xlascorecard.test-host";

    private Database database;
    private EntityManagerActiveObjects ao;

    abstract Database newDatabase();

    @BeforeAll
    void connect() {
        database = newDatabase();
        ao = AoHost.start(database, NAMESPACE, List.of(NoteAo.class), List.of());
    }

    @AfterAll
    void disconnect() throws SQLException {
        if (ao != null) {
            ao.close();
            TestDatabases.drop(database);
        }
    }

    @BeforeEach
    void empty() {
        ao.deleteWithSQL(NoteAo.class, "ID > ?", 0);
    }

    @Test
    void createsTablesWithJiraNames() throws SQLException {
        String expected = new JiraTablePrefix(NAMESPACE).value() + "NOTE";
        assertThat(ao.tableName(NoteAo.class)).isEqualTo(expected);
        try (Connection connection = jdbc()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(null, schemaPattern(), expected, null)) {
                while (rs.next()) {
                    columns.add(rs.getString("COLUMN_NAME"));
                }
            }
            assertThat(columns).containsExactlyInAnyOrder("ID", "NOTE_KEY", "OWNER_ID", "BODY");
        }
    }

    @Test
    void createsReadsCountsFindsAndDeletes() {
        NoteAo first = note("a", 1);
        note("b", 1);
        note("c", 2);

        assertThat(ao.get(NoteAo.class, first.getID()).getNoteKey()).isEqualTo("a");
        assertThat(ao.count(NoteAo.class)).isEqualTo(3);
        assertThat(ao.count(NoteAo.class, "OWNER_ID = ?", 1L)).isEqualTo(2);
        NoteAo[] page = ao.find(NoteAo.class, Query.select().where("OWNER_ID = ?", 1L).order("NOTE_KEY DESC").limit(1).offset(1));
        assertThat(page).extracting(NoteAo::getNoteKey).containsExactly("a");

        List<String> streamed = new ArrayList<>();
        // stream() hands over read-only entities holding only the selected columns.
        ao.stream(NoteAo.class, Query.select("ID, NOTE_KEY").order("NOTE_KEY"), n -> streamed.add(n.getNoteKey()));
        assertThat(streamed).containsExactly("a", "b", "c");

        ao.delete(first);
        assertThat(ao.deleteWithSQL(NoteAo.class, "OWNER_ID = ?", 2L)).isEqualTo(1);
        assertThat(ao.find(NoteAo.class)).extracting(NoteAo::getNoteKey).containsExactly("b");
        assertThat(ao.get(NoteAo.class, first.getID())).isNull();
    }

    @Test
    void commitsATransactionWhenTheCallbackReturns() {
        int id = ao.executeInTransaction(() -> {
            NoteAo n = note("kept", 1);
            n.setBody("changed inside");
            n.save();
            return n.getID();
        });
        assertThat(ao.get(NoteAo.class, id).getBody()).isEqualTo("changed inside");
    }

    @Test
    void rollsBackEverythingWhenTheCallbackThrows() {
        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
            note("lost-1", 1);
            note("lost-2", 1);
            throw new IllegalStateException("half-way");
        })).isInstanceOf(IllegalStateException.class).hasMessage("half-way");
        assertThat(ao.count(NoteAo.class)).isZero();
        assertThat(ao.inTransaction()).isFalse();
    }

    @Test
    void nestedCallsJoinTheOuterTransaction() {
        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
            ao.executeInTransaction(() -> note("inner", 1));
            assertThat(ao.count(NoteAo.class)).as("inner write visible to the outer work").isEqualTo(1);
            throw new IllegalStateException("outer fails");
        })).hasMessage("outer fails");
        assertThat(ao.count(NoteAo.class)).as("inner write rolled back with the outer").isZero();
    }

    @Test
    void otherThreadsDoNotSeeUncommittedWrites() throws Exception {
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch checked = new CountDownLatch(1);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> ao.executeInTransaction(() -> {
            note("pending", 1);
            written.countDown();
            await(checked);
            return null;
        }));
        assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
        int seen = ao.count(NoteAo.class, "NOTE_KEY = ?", "pending");
        checked.countDown();
        writer.get(10, TimeUnit.SECONDS);
        assertThat(seen).isZero();
        assertThat(ao.count(NoteAo.class, "NOTE_KEY = ?", "pending")).isEqualTo(1);
    }

    @Test
    void reportsAUniqueKeyViolationWithItsSqlState() {
        note("same", 1);
        assertThatThrownBy(() -> ao.executeInTransaction(() -> note("same", 2)))
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo("23505"));
        assertThat(ao.count(NoteAo.class)).isEqualTo(1);
    }

    private NoteAo note(String key, long owner) {
        return ao.create(NoteAo.class, new DBParam("NOTE_KEY", key), new DBParam("OWNER_ID", owner));
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private Connection jdbc() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }

    private String schemaPattern() {
        return database.schema() == null ? "PUBLIC" : database.schema().toLowerCase(Locale.ROOT);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
