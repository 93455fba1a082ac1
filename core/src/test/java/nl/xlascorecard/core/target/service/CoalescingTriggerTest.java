package nl.xlascorecard.core.target.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.target.domain.XlaMetric;
import nl.xlascorecard.core.target.port.in.TargetEvaluationTrigger;

/** Many changes, one evaluation per organisation and flush. */
class CoalescingTriggerTest {

    private record Call(List<Long> organisations, Set<XlaMetric> metrics) {
    }

    private final List<Call> calls = new ArrayList<>();

    private final TargetEvaluationTrigger recording = (Collection<Long> organisations, Collection<XlaMetric> metrics) -> {
        synchronized (calls) {
            calls.add(new Call(List.copyOf(organisations), Set.copyOf(metrics)));
        }
    };

    @Test
    void manyChangesOfOneOrganisationAreEvaluatedOnceWithAllTheirMetrics() {
        try (CoalescingTrigger trigger = new CoalescingTrigger(recording, Duration.ofHours(1))) {
            for (int i = 0; i < 1000; i++) {
                trigger.dataChanged(List.of(1L, 2L), TriggeringInPorts.RATING_METRICS);
            }
            trigger.dataChanged(List.of(1L), TriggeringInPorts.FOLLOW_UP_METRICS);
            trigger.dataChanged(List.of(3L), Set.of());
            assertThat(trigger.pendingOrganisations()).isEqualTo(2);

            trigger.flush();

            assertThat(calls).containsExactlyInAnyOrder(
                    new Call(List.of(1L), Set.of(XlaMetric.CSAT_PERCENT, XlaMetric.MEAN_RATING,
                            XlaMetric.FOLLOW_UPS_IN_WINDOW_PERCENT)),
                    new Call(List.of(2L), Set.of(XlaMetric.CSAT_PERCENT, XlaMetric.MEAN_RATING)));
            assertThat(trigger.pendingOrganisations()).isZero();
            trigger.flush();
            assertThat(calls).hasSize(2);
        }
    }

    @Test
    void itsThreadFlushesByItselfAndKeepsGoingAfterAFailure() throws InterruptedException {
        CountDownLatch evaluated = new CountDownLatch(2);
        TargetEvaluationTrigger failingFirst = new TargetEvaluationTrigger() {
            private boolean failed;

            @Override
            public void dataChanged(Collection<Long> organisations, Collection<XlaMetric> metrics) {
                evaluated.countDown();
                if (!failed) {
                    failed = true;
                    throw new IllegalStateException("database down");
                }
            }
        };
        try (CoalescingTrigger trigger = new CoalescingTrigger(failingFirst, Duration.ofMillis(20))) {
            trigger.dataChanged(List.of(1L), TriggeringInPorts.RATING_METRICS);
            Thread.sleep(100);
            trigger.dataChanged(List.of(1L), TriggeringInPorts.RATING_METRICS);
            assertThat(evaluated.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }
}
