package nl.xlascorecard.sandbox.servicedesk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.xlascorecard.core.target.port.out.SlaMetricsSource;
import nl.xlascorecard.sandbox.db.SandboxDatabase;

/**
 * The simulated service desk's SLA results as JSM's SLA information would give them: for each request
 * resolved in the window, its completed cycles (first response and resolution) count as met when they
 * stopped within their goal and as breached otherwise. One query over the requests resolved in the
 * window (indexed on {@code RESOLVED_AT}) for any number of organisations; the rows are streamed into
 * per-organisation counters, so memory grows with the organisations, not with the requests.
 */
public final class SimulatedSlaMetrics implements SlaMetricsSource {

    private static final String QUERY = "SELECT ORGANISATION_IDS, FR_GOAL_MIN, FR_ELAPSED_MIN, FR_DONE,"
            + " TTR_GOAL_MIN, TTR_ELAPSED_MIN, TTR_DONE FROM " + JdbcServiceRequests.TABLE
            + " WHERE RESOLVED_AT >= ? AND RESOLVED_AT < ?";

    private final SandboxDatabase database;

    public SimulatedSlaMetrics(SandboxDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<SlaCycles> cycles(long organisationId, Instant from, Instant to) {
        return Optional.ofNullable(cycles(Set.of(organisationId), from, to).get(organisationId));
    }

    @Override
    public Map<Long, SlaCycles> cycles(Collection<Long> organisationIds, Instant from, Instant to) {
        Set<Long> wanted = new HashSet<>(organisationIds);
        Map<Long, long[]> counts = new HashMap<>();
        try (Connection connection = database.connect(); PreparedStatement query = connection.prepareStatement(QUERY)) {
            query.setLong(1, from.toEpochMilli());
            query.setLong(2, to.toEpochMilli());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    for (String id : rows.getString(1).split(",")) {
                        long organisation = Long.parseLong(id.trim());
                        if (wanted.contains(organisation)) {
                            long[] metBreached = counts.computeIfAbsent(organisation, k -> new long[2]);
                            count(metBreached, rows.getInt(2), rows.getInt(3), rows.getBoolean(4));
                            count(metBreached, rows.getInt(5), rows.getInt(6), rows.getBoolean(7));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the simulated SLA results", e);
        }
        Map<Long, SlaCycles> cycles = new HashMap<>();
        counts.forEach((organisation, c) -> {
            if (c[0] + c[1] > 0) {
                cycles.put(organisation, new SlaCycles(c[0], c[1]));
            }
        });
        return cycles;
    }

    /** A completed cycle met its goal when it stopped within it (as {@link SlaOutcome#met()}). */
    private static void count(long[] metBreached, int goalMinutes, int elapsedMinutes, boolean completed) {
        if (completed) {
            metBreached[elapsedMinutes <= goalMinutes ? 0 : 1]++;
        }
    }
}
