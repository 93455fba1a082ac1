package nl.xlascorecard.core.target.service;

import static nl.xlascorecard.core.testing.CoreFixture.ORG;
import static nl.xlascorecard.core.testing.CoreFixture.OTHER_ORG;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.target.domain.OrganisationOverview;
import nl.xlascorecard.core.target.port.in.RefreshSlaSnapshots.RefreshReport;
import nl.xlascorecard.core.target.port.out.SlaMetricsSource;
import nl.xlascorecard.core.target.port.out.SlaMetricsSource.SlaCycles;
import nl.xlascorecard.core.target.port.out.SlaSnapshotRepository.SlaSnapshot;
import nl.xlascorecard.core.testing.Callers;
import nl.xlascorecard.core.testing.FakeTransactions;
import nl.xlascorecard.core.testing.InMemoryOrganisationDirectory;
import nl.xlascorecard.core.testing.InMemorySlaSnapshotRepository;
import nl.xlascorecard.core.testing.MutableClock;
import nl.xlascorecard.core.testing.TargetFixture;

/**
 * SLA snapshots: the refresh measures the offered windows of every organisation through the live
 * source and stores them; the overview then reads them without one live call.
 */
class SlaSnapshotsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    /** A live source that records every call and answers by window length: met = days, breached = organisation id. */
    private static final class RecordingLive implements SlaMetricsSource {

        final List<String> calls = new ArrayList<>();
        final Set<Long> failing = new java.util.HashSet<>();
        final Set<Long> empty = new java.util.HashSet<>();

        @Override
        public synchronized Optional<SlaCycles> cycles(long organisationId, Instant from, Instant to) {
            long days = Duration.between(from, to).toDays();
            calls.add(organisationId + ":" + days);
            if (failing.contains(organisationId)) {
                throw new IllegalStateException("JQL refused");
            }
            return empty.contains(organisationId) ? Optional.empty() : Optional.of(new SlaCycles(days, organisationId));
        }
    }

    private final FakeTransactions tx = new FakeTransactions();
    private final InMemorySlaSnapshotRepository store = new InMemorySlaSnapshotRepository(tx);
    private final RecordingLive live = new RecordingLive();
    private final MutableClock clock = new MutableClock(NOW, java.time.ZoneOffset.UTC);

    private SlaSnapshotService refresher(InMemoryOrganisationDirectory directory) {
        return new SlaSnapshotService(live, store, directory, tx, clock);
    }

    private static InMemoryOrganisationDirectory organisations(int count) {
        InMemoryOrganisationDirectory directory = new InMemoryOrganisationDirectory();
        for (int id = 1; id <= count; id++) {
            directory.add(id, String.format("Organisatie %04d", id));
        }
        return directory;
    }

    @Test
    void theRefreshWalksEveryPageAndStoresTheOfferedWindowsOfEachOrganisation() {
        RefreshReport report = refresher(organisations(250)).refreshAll();

        assertThat(report).isEqualTo(new RefreshReport(250, 0));
        assertThat(live.calls).hasSize(250 * 3).contains("1:7", "1:30", "1:90", "250:90");
        assertThat(store.size()).isEqualTo(250 * 3);
        assertThat(store.ofOrganisations(List.of(250L), 30))
                .containsEntry(250L, new SlaSnapshot(250, 30, 30, 250, NOW));
        // One transaction per organisation, its three windows together.
        assertThat(tx.count()).isEqualTo(250);
    }

    @Test
    void oneFailingOrganisationIsSkippedAndKeepsItsOldSnapshots() {
        SlaSnapshotService refresher = refresher(organisations(3));
        refresher.refreshAll();
        live.failing.add(2L);
        clock.advance(Duration.ofMinutes(30));

        RefreshReport report = refresher.refreshAll();

        assertThat(report).isEqualTo(new RefreshReport(2, 1));
        assertThat(report.toString()).isEqualTo("refreshed=2 failed=1");
        assertThat(store.ofOrganisations(List.of(1L, 2L, 3L), 7)).extracting(m -> m.get(2L).measuredAt())
                .isEqualTo(NOW);
        assertThat(store.ofOrganisations(List.of(3L), 7).get(3L).measuredAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
    }

    @Test
    void anOrganisationWithoutSlaDataIsStoredAsZeroCyclesSoOlderFiguresDoNotLinger() {
        SlaSnapshotService refresher = refresher(organisations(1));
        refresher.refreshAll();
        live.empty.add(1L);
        clock.advance(Duration.ofMinutes(30));
        refresher.refreshAll();

        assertThat(store.ofOrganisations(List.of(1L), 90).get(1L))
                .isEqualTo(new SlaSnapshot(1, 90, 0, 0, NOW.plus(Duration.ofMinutes(30))));
        SnapshotSlaMetrics sla = new SnapshotSlaMetrics(store, live);
        assertThat(sla.cycles(List.of(1L), NOW.minus(Duration.ofDays(90)), NOW)).isEmpty();
    }

    @Test
    void eachOfferedWindowIsAnsweredFromItsOwnSnapshotInOneRead() {
        tx.inTransaction(() -> {
            store.store(new SlaSnapshot(1, 7, 5, 1, NOW));
            store.store(new SlaSnapshot(1, 30, 20, 2, NOW));
            store.store(new SlaSnapshot(2, 30, 9, 0, NOW));
            return null;
        });
        SnapshotSlaMetrics sla = new SnapshotSlaMetrics(store, live);

        assertThat(sla.cycles(List.of(1L, 2L, 3L), NOW.minus(Duration.ofDays(30)), NOW))
                .containsOnly(Map.entry(1L, new SlaCycles(20, 2)), Map.entry(2L, new SlaCycles(9, 0)));
        assertThat(sla.cycles(List.of(1L, 2L), NOW.minus(Duration.ofDays(7)), NOW))
                .containsOnly(Map.entry(1L, new SlaCycles(5, 1)));
        assertThat(sla.cycles(1L, NOW.minus(Duration.ofDays(90)), NOW)).isEmpty();
        assertThat(store.reads).isEqualTo(3);
        assertThat(live.calls).isEmpty();
    }

    @Test
    void theOverviewReadsOfferedWindowsFromSnapshotsWithoutALiveCall() {
        TargetFixture f = new TargetFixture();
        InMemorySlaSnapshotRepository snapshots = new InMemorySlaSnapshotRepository(f.tx);
        f.sla = new SnapshotSlaMetrics(snapshots, live);
        Instant now = f.followUp.clock.instant();
        new SlaSnapshotService(live, snapshots, f.core.directory, f.tx, f.followUp.clock).refreshAll();
        live.calls.clear();

        Page<OrganisationOverview> page = f.overview.overview(Callers.admin(), Set.of(), 90, 0, 50);

        assertThat(live.calls).isEmpty();
        assertThat(page.items()).extracting(o -> o.sla().met(), o -> o.sla().breached(), o -> o.sla().days())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(90L, ORG, 90),
                        org.assertj.core.groups.Tuple.tuple(90L, OTHER_ORG, 90));
        assertThat(snapshots.ofOrganisations(List.of(ORG), 7).get(ORG).measuredAt()).isEqualTo(now);
    }

    @Test
    void beforeTheFirstRefreshTheOfferedWindowsHaveNoFiguresAndTheLiveSourceIsNotAsked() {
        SnapshotSlaMetrics sla = new SnapshotSlaMetrics(store, live);
        for (int days : List.of(7, 30, 90)) {
            assertThat(sla.cycles(List.of(1L, 2L), NOW.minus(Duration.ofDays(days)), NOW)).isEmpty();
            assertThat(sla.cycles(1L, NOW.minus(Duration.ofDays(days)), NOW)).isEmpty();
        }
        assertThat(live.calls).isEmpty();
        assertThat(store.reads).isEqualTo(6);
    }

    @Test
    void aWindowTheDashboardDoesNotOfferIsMeasuredLive() {
        refresher(organisations(2)).refreshAll();
        live.calls.clear();
        SnapshotSlaMetrics sla = new SnapshotSlaMetrics(store, live);
        int readsBefore = store.reads;

        Map<Long, SlaCycles> fourteen = sla.cycles(List.of(1L, 2L), NOW.minus(Duration.ofDays(14)), NOW);

        assertThat(fourteen).containsEntry(1L, new SlaCycles(14, 1)).containsEntry(2L, new SlaCycles(14, 2));
        assertThat(live.calls).containsExactlyInAnyOrder("1:14", "2:14");
        assertThat(store.reads).isEqualTo(readsBefore);
        assertThat(SnapshotSlaMetrics.offeredDays(NOW.minus(Duration.ofDays(30)).plusSeconds(1), NOW)).isNull();
        assertThat(SnapshotSlaMetrics.offeredDays(NOW.minus(Duration.ofDays(30)), NOW)).isEqualTo(30);
    }
}
