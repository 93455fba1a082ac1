package nl.xlascorecard.bench;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import nl.xlascorecard.core.target.port.out.SlaMetricsSource;

/**
 * SLA results per organisation from memory. JSM's SLA adapter needs a running Jira and cannot run in
 * the benchmark; in Jira it serves the overview from a node-local cache of 10 minutes
 * ({@code CachedSlaMetrics}), so between refreshes its cost is a map lookup per organisation too.
 * What this leaves unmeasured is the JSM side: filling that cache.
 *
 * <p>Seeded: about nine in ten organisations have completed SLA cycles in the window, most of them
 * met (so that SLA-good organisations with a red target, the watermelons, occur).
 */
final class InMemorySlaMetrics implements SlaMetricsSource {

    private final Map<Long, SlaCycles> cycles = new HashMap<>();

    InMemorySlaMetrics(int organisations, long seed) {
        Random random = new Random(seed);
        for (long id = 1; id <= organisations; id++) {
            if (random.nextInt(10) == 0) {
                continue;
            }
            long total = 5 + random.nextInt(200);
            long breached = Math.round(total * random.nextDouble() * (random.nextInt(4) == 0 ? 0.2 : 0.04));
            cycles.put(id, new SlaCycles(total - breached, breached));
        }
    }

    @Override
    public Optional<SlaCycles> cycles(long organisationId, Instant from, Instant to) {
        return Optional.ofNullable(cycles.get(organisationId));
    }

    @Override
    public Map<Long, SlaCycles> cycles(Collection<Long> organisationIds, Instant from, Instant to) {
        Map<Long, SlaCycles> found = new HashMap<>();
        for (Long id : organisationIds) {
            SlaCycles c = cycles.get(id);
            if (c != null) {
                found.put(id, c);
            }
        }
        return found;
    }
}
