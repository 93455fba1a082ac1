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
 * stopped within their goal and as breached otherwise (as {@link SlaOutcome#met()}). One query for any
 * number of organisations: the database counts per list of organisations over the requests resolved
 * in the window (indexed on {@code RESOLVED_AT}), so the rows read grow with the organisations, not
 * with the requests; a request of several organisations counts for each.
 */
public final class SimulatedSlaMetrics implements SlaMetricsSource {

    /** Met and breached completed cycles per list of organisations (one row per distinct list). */
    private static final String QUERY = "SELECT ORGANISATION_IDS,"
            + " SUM(" + met("FR") + " + " + met("TTR") + "), SUM(" + breached("FR") + " + " + breached("TTR") + ")"
            + " FROM " + JdbcServiceRequests.TABLE + " WHERE RESOLVED_AT >= ? AND RESOLVED_AT < ?"
            + " GROUP BY ORGANISATION_IDS";

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
                            metBreached[0] += rows.getLong(2);
                            metBreached[1] += rows.getLong(3);
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

    /** 1 for a completed cycle of SLA {@code prefix} (FR, TTR) that stopped within its goal, else 0. */
    private static String met(String prefix) {
        return "CASE WHEN " + prefix + "_DONE = TRUE AND " + prefix + "_ELAPSED_MIN <= " + prefix + "_GOAL_MIN THEN 1 ELSE 0 END";
    }

    /** 1 for a completed cycle that stopped after its goal, else 0. */
    private static String breached(String prefix) {
        return "CASE WHEN " + prefix + "_DONE = TRUE AND " + prefix + "_ELAPSED_MIN > " + prefix + "_GOAL_MIN THEN 1 ELSE 0 END";
    }
}
