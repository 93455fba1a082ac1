package nl.xlascorecard.core.target.service;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import nl.xlascorecard.core.target.domain.XlaMetric;
import nl.xlascorecard.core.target.port.in.TargetEvaluationTrigger;

/**
 * A trigger for busy paths (rating ingestion: a thousand ratings a second): it only notes which
 * organisations' metrics changed and evaluates each of them once per {@code delay}, on its own
 * thread, however many changes came in. The caller pays a map update instead of an evaluation.
 *
 * <p>The notes live on this node only, which is harmless: a node that stops before its next flush
 * loses them, and the evaluation job (once per cluster) catches up; evaluations themselves are
 * cluster-safe.
 */
public final class CoalescingTrigger implements TargetEvaluationTrigger, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(CoalescingTrigger.class.getName());

    private final TargetEvaluationTrigger delegate;
    private final Map<Long, Set<XlaMetric>> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService executor;

    public CoalescingTrigger(TargetEvaluationTrigger delegate, Duration delay) {
        this.delegate = Objects.requireNonNull(delegate);
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "xla-target-evaluation");
            thread.setDaemon(true);
            return thread;
        });
        long millis = delay.toMillis();
        executor.scheduleWithFixedDelay(this::flushSafely, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void dataChanged(Collection<Long> organisationIds, Collection<XlaMetric> metrics) {
        if (metrics.isEmpty()) {
            return;
        }
        for (Long organisationId : organisationIds) {
            pending.merge(organisationId, EnumSet.copyOf(metrics), (a, b) -> {
                Set<XlaMetric> union = EnumSet.copyOf(a);
                union.addAll(b);
                return union;
            });
        }
    }

    /** Evaluates every noted organisation once; a change noted meanwhile waits for the next flush. */
    void flush() {
        for (Long organisationId : List.copyOf(pending.keySet())) {
            Set<XlaMetric> metrics = pending.remove(organisationId);
            if (metrics != null) {
                delegate.dataChanged(List.of(organisationId), metrics);
            }
        }
    }

    /** Number of organisations waiting for their evaluation (for tests and logs). */
    int pendingOrganisations() {
        return pending.size();
    }

    private void flushSafely() {
        try {
            flush();
        } catch (RuntimeException e) {
            // A thrown exception would cancel every later run; the evaluation job catches up anyway.
            LOG.log(Level.WARNING, "Evaluating XLA targets after changes failed", e);
        }
    }

    /** Stops the thread (the app is disabled or the node stops); unflushed notes are left to the job. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
