package nl.xlascorecard.plugin.persistence;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

import net.java.ao.RawEntity;

import nl.xlascorecard.aohost.EntityManagerActiveObjects;

/**
 * Base of the repository tests: one database per test class (a subclass per database), emptied
 * before each test, and the repositories on it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AoDatabaseTest {

    /** The template upgrade task 1 stores in the tests' databases. */
    protected static final String SEED_TAG = "seed";

    protected AoTestDatabase db;
    protected EntityManagerActiveObjects ao;
    protected PersistenceModule.Repositories repos;

    protected abstract AoTestDatabase newDatabase();

    /** What upgrade task 1 stores as template version 1 in these tests. */
    protected static java.util.function.Supplier<nl.xlascorecard.core.scorecard.domain.ScorecardTemplate> seed() {
        return () -> TestTemplates.small(1, SEED_TAG);
    }

    @BeforeAll
    void start() {
        db = newDatabase();
        ao = db.ao();
        repos = PersistenceModule.repositories(ao);
    }

    @AfterAll
    void stop() throws SQLException {
        if (db != null) {
            db.close();
        }
    }

    /** Empties every table except the template versions, which keep the seeded version 1. */
    @BeforeEach
    void emptyTables() {
        for (Class<? extends RawEntity<?>> entity : PersistenceModule.entities()) {
            if (entity != nl.xlascorecard.plugin.persistence.ao.TemplateVersionAo.class) {
                deleteAll(entity);
            }
        }
    }

    @SuppressWarnings("unchecked") // every app entity has an int key
    private void deleteAll(Class<? extends RawEntity<?>> entity) {
        ao.deleteWithSQL((Class<? extends RawEntity<Integer>>) entity, "ID > ?", 0);
    }

    /**
     * Runs {@code work} on {@code threads} threads released at the same moment and returns what each
     * returned or threw, so races are real races.
     */
    protected static <T> List<Outcome<T>> race(int threads, Callable<T> work) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return work.call();
                }));
            }
            ready.await(10, TimeUnit.SECONDS);
            go.countDown();
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    outcomes.add(new Outcome<>(future.get(60, TimeUnit.SECONDS), null));
                } catch (ExecutionException e) {
                    outcomes.add(new Outcome<>(null, e.getCause()));
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new AssertionError("a racing thread did not finish", e);
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** What one racing thread got. */
    protected record Outcome<T>(T value, Throwable failure) {
        public boolean succeeded() {
            return failure == null;
        }
    }
}
