package nl.xlascorecard.plugin.persistence;

import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import com.atlassian.activeobjects.external.ActiveObjects;

import nl.xlascorecard.core.shared.TransactionRunner;

/**
 * The core's transaction port on Active Objects: {@code executeInTransaction}, so a unit of work
 * commits whole or not at all. Nested calls join the outer transaction. When a repository reports
 * a lost race for a unique key ({@link UniqueKeyRace}), the outermost unit of work is run again in
 * a fresh transaction (up to {@value #MAX_ATTEMPTS} times in all): the second run finds the row the
 * winner committed and updates it instead of inserting. Each round of a race has a winner, so k
 * writers racing for one row need at most k attempts; {@value #MAX_ATTEMPTS} covers the eight
 * concurrent deliveries the app is tested with. A short random pause before each new attempt keeps
 * the losers from colliding again in lock step.
 */
public final class AoTransactionRunner implements TransactionRunner {

    static final int MAX_ATTEMPTS = 8;
    /** Upper bound of the random pause before attempt n, in milliseconds: n times this. */
    private static final int PAUSE_STEP_MILLIS = 3;

    private final ActiveObjects ao;
    /** How many units of work this thread has open through this runner. */
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

    public AoTransactionRunner(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        int[] open = depth.get();
        open[0]++;
        try {
            if (open[0] > 1) {
                // Joins the outer transaction; a race goes up to the outermost call, which retries.
                return ao.executeInTransaction(work::get);
            }
            for (int attempt = 1; ; attempt++) {
                try {
                    return ao.executeInTransaction(work::get);
                } catch (UniqueKeyRace race) {
                    if (attempt >= MAX_ATTEMPTS) {
                        throw race;
                    }
                    pauseBeforeAttempt(attempt + 1, race);
                }
            }
        } finally {
            if (--open[0] == 0) {
                depth.remove();
            }
        }
    }

    private static void pauseBeforeAttempt(int attempt, UniqueKeyRace race) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(1, attempt * PAUSE_STEP_MILLIS + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw race;
        }
    }
}
