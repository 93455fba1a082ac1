package nl.xlascorecard.aohost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import net.java.ao.DBParam;
import net.java.ao.RawEntity;

/** Upgrade runs on each database, each test on a fresh database (PostgreSQL: a fresh schema). */
abstract class AoUpgradeRunnerContract {

    private static final String NAMESPACE = "nl.xlascorecard.test-upgrade";
    private static final List<Class<? extends RawEntity<?>>> ENTITIES = List.of(NoteAo.class);

    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final List<EntityManagerActiveObjects> opened = new ArrayList<>();
    private Database database;

    abstract Database newDatabase();

    @BeforeEach
    void freshDatabase() {
        database = newDatabase();
    }

    @AfterEach
    void closeAll() throws SQLException {
        opened.forEach(EntityManagerActiveObjects::close);
        TestDatabases.drop(database);
    }

    @Test
    void runsPendingTasksInVersionOrderThenMigrates() {
        EntityManagerActiveObjects ao = connect();
        ModelVersion version = new AoUpgradeRunner(ao).upgrade(ENTITIES, List.of(task(2), task(1)));

        assertThat(log).containsExactly("1 from 0", "2 from 1");
        assertThat(version).isEqualTo(ModelVersion.valueOf("2"));
        assertThat(new AoUpgradeRunner(ao).storedVersion()).isEqualTo(ModelVersion.valueOf("2"));
        assertThat(ao.count(NoteAo.class)).as("tasks wrote through the facade, table migrated").isEqualTo(2);
    }

    @Test
    void runsEachTaskOnceAcrossRestarts() {
        new AoUpgradeRunner(connect()).upgrade(ENTITIES, List.of(task(1)));
        log.clear();

        EntityManagerActiveObjects restarted = connect();
        new AoUpgradeRunner(restarted).upgrade(ENTITIES, List.of(task(1), task(2)));

        assertThat(log).containsExactly("2 from 1");
    }

    @Test
    void aFailedTaskStopsTheRunAndIsRetriedNextTime() {
        EntityManagerActiveObjects ao = connect();
        ActiveObjectsUpgradeTask failing = new ActiveObjectsUpgradeTask() {
            @Override
            public ModelVersion getModelVersion() {
                return ModelVersion.valueOf("2");
            }

            @Override
            public void upgrade(ModelVersion currentVersion, ActiveObjects activeObjects) {
                throw new IllegalStateException("task 2 broke");
            }
        };
        assertThatThrownBy(() -> new AoUpgradeRunner(ao).upgrade(ENTITIES, List.of(task(1), failing, task(3))))
                .hasMessage("task 2 broke");
        assertThat(log).containsExactly("1 from 0");
        assertThat(new AoUpgradeRunner(ao).storedVersion()).isEqualTo(ModelVersion.valueOf("1"));

        log.clear();
        new AoUpgradeRunner(ao).upgrade(ENTITIES, List.of(task(1), task(2), task(3)));
        assertThat(log).containsExactly("2 from 1", "3 from 2");
    }

    @Test
    void rejectsTwoTasksForOneVersion() {
        EntityManagerActiveObjects ao = connect();
        assertThatThrownBy(() -> new AoUpgradeRunner(ao).upgrade(ENTITIES, List.of(task(1), task(1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(log).isEmpty();
    }

    /** Two sandbox nodes on one database start at the same moment: every task runs exactly once. */
    @Test
    void twoNodesStartingTogetherRunEachTaskOnce() throws Exception {
        EntityManagerActiveObjects node1 = connect();
        EntityManagerActiveObjects node2 = connect();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ModelVersion>> runs = new ArrayList<>();
            for (EntityManagerActiveObjects node : List.of(node1, node2)) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return new AoUpgradeRunner(node).upgrade(ENTITIES, List.of(slowTask(1), slowTask(2)));
                }));
            }
            start.countDown();
            for (Future<ModelVersion> run : runs) {
                assertThat(run.get(60, TimeUnit.SECONDS)).isEqualTo(ModelVersion.valueOf("2"));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(log).containsExactly("1 from 0", "2 from 1");
        assertThat(node1.count(NoteAo.class)).isEqualTo(2);
    }

    private EntityManagerActiveObjects connect() {
        EntityManagerActiveObjects ao = EntityManagerActiveObjects.connect(database, NAMESPACE);
        opened.add(ao);
        return ao;
    }

    /** A task that records its run and writes one note through the facade it is given. */
    private ActiveObjectsUpgradeTask task(int version) {
        return new ActiveObjectsUpgradeTask() {
            @Override
            public ModelVersion getModelVersion() {
                return ModelVersion.valueOf(String.valueOf(version));
            }

            @Override
            @SuppressWarnings("unchecked")
            public void upgrade(ModelVersion currentVersion, ActiveObjects activeObjects) {
                activeObjects.migrate(NoteAo.class);
                activeObjects.executeInTransaction(() -> activeObjects.create(NoteAo.class,
                        new DBParam("NOTE_KEY", "task-" + version), new DBParam("OWNER_ID", 0L)));
                log.add(version + " from " + currentVersion);
            }
        };
    }

    /** Like {@link #task}, slow enough that a second node would overlap if the lock failed. */
    private ActiveObjectsUpgradeTask slowTask(int version) {
        ActiveObjectsUpgradeTask task = task(version);
        return new ActiveObjectsUpgradeTask() {
            @Override
            public ModelVersion getModelVersion() {
                return task.getModelVersion();
            }

            @Override
            public void upgrade(ModelVersion currentVersion, ActiveObjects activeObjects) {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                task.upgrade(currentVersion, activeObjects);
            }
        };
    }
}
