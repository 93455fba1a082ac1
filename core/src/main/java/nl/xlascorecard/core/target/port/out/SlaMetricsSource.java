package nl.xlascorecard.core.target.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Out-port: SLA results per organisation from the service desk (JSM's SLA information in Jira, the
 * simulated service desk in the sandbox). Counts completed SLA cycles of the organisation's requests
 * resolved in {@code [from, to)}.
 */
public interface SlaMetricsSource {

    /** A host without SLA data: every organisation has none. */
    SlaMetricsSource NONE = (organisationId, from, to) -> Optional.empty();

    /** Completed cycles that met and that breached their goal; empty when the source knows none. */
    Optional<SlaCycles> cycles(long organisationId, Instant from, Instant to);

    /**
     * The same for many organisations; organisations without data are left out. Sources override this
     * with one query; the default asks one organisation at a time.
     */
    default Map<Long, SlaCycles> cycles(Collection<Long> organisationIds, Instant from, Instant to) {
        Map<Long, SlaCycles> all = new HashMap<>();
        for (Long id : organisationIds) {
            cycles(id, from, to).ifPresent(c -> all.put(id, c));
        }
        return all;
    }

    /**
     * One organisation's cycles for several windows that all end at {@code to}, each {@code days}
     * long; windows without cycles are left out. A source that reads request by request (JSM)
     * overrides this to read the longest window once and count every shorter one from the same
     * requests; the default asks window by window.
     */
    default Map<Integer, SlaCycles> cyclesPerWindow(long organisationId, Collection<Integer> windowDays, Instant to) {
        Map<Integer, SlaCycles> all = new HashMap<>();
        for (int days : windowDays) {
            cycles(organisationId, to.minus(Duration.ofDays(days)), to).ifPresent(c -> all.put(days, c));
        }
        return all;
    }

    record SlaCycles(long met, long breached) {

        public SlaCycles {
            if (met < 0 || breached < 0) {
                throw new IllegalArgumentException("negative count");
            }
        }
    }
}
