package nl.xlascorecard.core.target.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nl.xlascorecard.core.target.port.in.ReadXlaOverview;
import nl.xlascorecard.core.target.port.out.SlaMetricsSource;
import nl.xlascorecard.core.target.port.out.SlaSnapshotRepository;
import nl.xlascorecard.core.target.port.out.SlaSnapshotRepository.SlaSnapshot;

/**
 * The overview's SLA source: a window of an offered length ({@link ReadXlaOverview#OFFERED_SLA_DAYS})
 * is answered from the stored snapshots only, in one query, so a dashboard never waits for the
 * service desk. A missing snapshot means no figures yet (the refresh has not reached the
 * organisation), never a live call: with a cold store a live fallback would be exactly the storm of
 * service desk calls the snapshots exist to avoid. Any other window length is rare (only the REST
 * resource asks for it) and goes to the live source.
 *
 * <p>Only the window's length is looked at: the overview always asks up to now, and a snapshot holds
 * the window up to when it was measured (at most one refresh interval ago).
 */
public final class SnapshotSlaMetrics implements SlaMetricsSource {

    private final SlaSnapshotRepository snapshots;
    private final SlaMetricsSource live;

    public SnapshotSlaMetrics(SlaSnapshotRepository snapshots, SlaMetricsSource live) {
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.live = Objects.requireNonNull(live, "live");
    }

    @Override
    public Optional<SlaCycles> cycles(long organisationId, Instant from, Instant to) {
        return Optional.ofNullable(cycles(List.of(organisationId), from, to).get(organisationId));
    }

    @Override
    public Map<Long, SlaCycles> cycles(Collection<Long> organisationIds, Instant from, Instant to) {
        Integer days = offeredDays(from, to);
        if (days == null) {
            return live.cycles(organisationIds, from, to);
        }
        Map<Long, SlaCycles> cycles = new HashMap<>();
        for (SlaSnapshot snapshot : snapshots.ofOrganisations(organisationIds, days).values()) {
            // Zero cycles is stored to replace older figures; to the overview it is "no data", as from the live source.
            if (snapshot.met() + snapshot.breached() > 0) {
                cycles.put(snapshot.organisationId(), new SlaCycles(snapshot.met(), snapshot.breached()));
            }
        }
        return cycles;
    }

    /** The offered window length {@code [from, to)} spans exactly, or {@code null}. */
    static Integer offeredDays(Instant from, Instant to) {
        Duration window = Duration.between(from, to);
        return ReadXlaOverview.OFFERED_SLA_DAYS.stream().filter(days -> window.equals(Duration.ofDays(days)))
                .findFirst().orElse(null);
    }
}
