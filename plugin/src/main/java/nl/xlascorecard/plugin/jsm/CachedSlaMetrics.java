package nl.xlascorecard.plugin.jsm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import nl.xlascorecard.core.target.port.out.SlaMetricsSource;

/**
 * Keeps each organisation's SLA figures of a window length for {@link #TIME_TO_LIVE}: reading them
 * from JSM costs a call per request (see {@link JsmSlaMetricsSource}), and the overview asks for many
 * organisations at once. Node-local on purpose and harmless in a cluster: the figures come from JSM,
 * not from the app's own writes, and are at most {@link #TIME_TO_LIVE} old on any node. Bounded:
 * when {@value #MAX_ENTRIES} entries are held, the cache is emptied.
 */
public final class CachedSlaMetrics implements SlaMetricsSource {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(10);
    static final int MAX_ENTRIES = 20_000;

    private final SlaMetricsSource source;
    private final Clock clock;
    private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();

    public CachedSlaMetrics(SlaMetricsSource source, Clock clock) {
        this.source = Objects.requireNonNull(source, "source");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<SlaCycles> cycles(long organisationId, Instant from, Instant to) {
        Key key = new Key(organisationId, Duration.between(from, to).toMinutes());
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        if (entry != null && entry.expires().isAfter(now)) {
            return entry.cycles();
        }
        Optional<SlaCycles> cycles = source.cycles(organisationId, from, to);
        keep(key, cycles, now);
        return cycles;
    }

    /** Always read from the source (the snapshot job wants fresh figures), and kept for later reads. */
    @Override
    public Map<Integer, SlaCycles> cyclesPerWindow(long organisationId, Collection<Integer> windowDays, Instant to) {
        Map<Integer, SlaCycles> measured = source.cyclesPerWindow(organisationId, windowDays, to);
        Instant now = clock.instant();
        for (int days : windowDays) {
            keep(new Key(organisationId, Duration.ofDays(days).toMinutes()), Optional.ofNullable(measured.get(days)), now);
        }
        return measured;
    }

    private void keep(Key key, Optional<SlaCycles> cycles, Instant now) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(cycles, now.plus(TIME_TO_LIVE)));
    }

    private record Key(long organisationId, long windowMinutes) {
    }

    private record Entry(Optional<SlaCycles> cycles, Instant expires) {
    }
}
