package nl.xlascorecard.sandbox.servicedesk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.sandbox.db.SandboxDatabase;
import nl.xlascorecard.sandbox.servicedesk.ServiceRequest.Feedback;
import nl.xlascorecard.sandbox.servicedesk.SlaOutcome.SlaMetric;

/**
 * The simulated service desk's requests in the plain table {@code SANDBOX_REQUEST} (JSM keeps its
 * issues, SLA results and feedback in Jira's tables, never in the app's AO tables). Times are stored
 * as epoch milliseconds, so the table is the same on HSQLDB and PostgreSQL.
 */
public final class JdbcServiceRequests {

    static final String TABLE = "SANDBOX_REQUEST";
    private static final String COLUMNS = "ID, REQUEST_KEY, SUMMARY, REPORTER_KEY, REPORTER_NAME, ORGANISATION_IDS, STATUS,"
            + " CREATED_AT, RESOLVED_AT, FR_GOAL_MIN, FR_ELAPSED_MIN, FR_DONE, TTR_GOAL_MIN, TTR_ELAPSED_MIN, TTR_DONE,"
            + " RATING, RATING_COMMENT, RATED_AT";

    private final SandboxDatabase database;

    public JdbcServiceRequests(SandboxDatabase database) {
        this.database = database;
    }

    /** Creates the table when missing (two nodes may start on one database: both statements are idempotent). */
    public void initialise() throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (ID BIGINT PRIMARY KEY,"
                    + " REQUEST_KEY VARCHAR(64) NOT NULL UNIQUE, SUMMARY VARCHAR(255) NOT NULL,"
                    + " REPORTER_KEY VARCHAR(255), REPORTER_NAME VARCHAR(255), ORGANISATION_IDS VARCHAR(255) NOT NULL,"
                    + " STATUS VARCHAR(32) NOT NULL, CREATED_AT BIGINT NOT NULL, RESOLVED_AT BIGINT,"
                    + " FR_GOAL_MIN INT NOT NULL, FR_ELAPSED_MIN INT NOT NULL, FR_DONE BOOLEAN NOT NULL,"
                    + " TTR_GOAL_MIN INT NOT NULL, TTR_ELAPSED_MIN INT NOT NULL, TTR_DONE BOOLEAN NOT NULL,"
                    + " RATING INT, RATING_COMMENT VARCHAR(4000), RATED_AT BIGINT)");
            statement.execute("CREATE INDEX IF NOT EXISTS SANDBOX_REQUEST_RATED ON " + TABLE + " (RATING, RATED_AT)");
            statement.execute("CREATE INDEX IF NOT EXISTS SANDBOX_REQUEST_REPORTER ON " + TABLE + " (REPORTER_KEY)");
            // XLA targets: the SLA figures read the requests resolved in a window.
            statement.execute("CREATE INDEX IF NOT EXISTS SANDBOX_REQUEST_RESOLVED ON " + TABLE + " (RESOLVED_AT)");
        }
    }

    public boolean isEmpty() {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + TABLE)) {
            rows.next();
            return rows.getLong(1) == 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count requests", e);
        }
    }

    public void insertAll(List<ServiceRequest> requests) {
        try (Connection connection = database.connect();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE + " (" + COLUMNS + ")"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ServiceRequest request : requests) {
                insert.setLong(1, request.id());
                insert.setString(2, request.key());
                insert.setString(3, request.summary());
                insert.setString(4, request.reporterKey());
                insert.setString(5, request.reporterName());
                insert.setString(6, request.organisationIds().stream().map(String::valueOf).collect(Collectors.joining(",")));
                insert.setString(7, request.status().name());
                insert.setLong(8, request.createdAt().toEpochMilli());
                setInstant(insert, 9, request.resolvedAt());
                setSla(insert, 10, sla(request, SlaMetric.TIME_TO_FIRST_RESPONSE));
                setSla(insert, 13, sla(request, SlaMetric.TIME_TO_RESOLUTION));
                Feedback feedback = request.feedback();
                setInteger(insert, 16, feedback == null ? null : feedback.rating());
                insert.setString(17, feedback == null ? null : feedback.comment());
                setInstant(insert, 18, feedback == null ? null : feedback.ratedAt());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store requests", e);
        }
    }

    public Optional<ServiceRequest> find(String key) {
        return query("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE REQUEST_KEY = ?", List.of(key)).stream().findFirst();
    }

    /** The resolved requests a customer raised, most recently resolved first (the portal's "my requests"). */
    public List<ServiceRequest> resolvedBy(String reporterKey, int limit) {
        return query("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE REPORTER_KEY = ? AND STATUS = ?"
                + " ORDER BY RESOLVED_AT DESC, ID DESC LIMIT ?", List.of(reporterKey, RequestStatus.RESOLVED.name(), limit));
    }

    /** Stores the customer's feedback on the request (JSM's "Satisfaction" and "Satisfaction date" fields). */
    public void saveFeedback(String key, Feedback feedback) {
        try (Connection connection = database.connect();
             PreparedStatement update = connection.prepareStatement("UPDATE " + TABLE
                     + " SET RATING = ?, RATING_COMMENT = ?, RATED_AT = ? WHERE REQUEST_KEY = ?")) {
            update.setInt(1, feedback.rating());
            update.setString(2, feedback.comment());
            update.setLong(3, feedback.ratedAt().toEpochMilli());
            update.setString(4, key);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("No request " + key);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the rating of " + key, e);
        }
    }

    /** Requests whose rating is {@code rating} and was given at or after {@code since}, by rating time, then key. */
    public Page<ServiceRequest> ratedSince(int rating, Instant since, PageRequest page) {
        String where = " FROM " + TABLE + " WHERE RATING = ? AND RATED_AT >= ?";
        List<ServiceRequest> items = query("SELECT " + COLUMNS + where + " ORDER BY RATED_AT, REQUEST_KEY LIMIT ? OFFSET ?",
                List.of(rating, since.toEpochMilli(), page.limit(), page.start()));
        try (Connection connection = database.connect();
             PreparedStatement count = connection.prepareStatement("SELECT COUNT(*)" + where)) {
            count.setInt(1, rating);
            count.setLong(2, since.toEpochMilli());
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return new Page<>(items, page.start(), page.limit(), rows.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count rated requests", e);
        }
    }

    private List<ServiceRequest> query(String sql, List<?> parameters) {
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            List<ServiceRequest> result = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(read(rows));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read requests", e);
        }
    }

    private static ServiceRequest read(ResultSet rows) throws SQLException {
        List<Long> organisations = Arrays.stream(rows.getString("ORGANISATION_IDS").split(","))
                .filter(s -> !s.isBlank()).map(Long::valueOf).toList();
        Instant resolved = instant(rows, "RESOLVED_AT");
        List<SlaOutcome> slas = List.of(
                new SlaOutcome(SlaMetric.TIME_TO_FIRST_RESPONSE, Duration.ofMinutes(rows.getInt("FR_GOAL_MIN")),
                        Duration.ofMinutes(rows.getInt("FR_ELAPSED_MIN")), rows.getBoolean("FR_DONE")),
                new SlaOutcome(SlaMetric.TIME_TO_RESOLUTION, Duration.ofMinutes(rows.getInt("TTR_GOAL_MIN")),
                        Duration.ofMinutes(rows.getInt("TTR_ELAPSED_MIN")), rows.getBoolean("TTR_DONE")));
        int rating = rows.getInt("RATING");
        Feedback feedback = rows.wasNull() ? null
                : new Feedback(rating, rows.getString("RATING_COMMENT"), instant(rows, "RATED_AT"));
        return new ServiceRequest(rows.getString("REQUEST_KEY"), rows.getLong("ID"), rows.getString("SUMMARY"),
                rows.getString("REPORTER_KEY"), rows.getString("REPORTER_NAME"), organisations,
                RequestStatus.valueOf(rows.getString("STATUS")), instant(rows, "CREATED_AT"), resolved, slas, feedback);
    }

    private static SlaOutcome sla(ServiceRequest request, SlaMetric metric) {
        return request.slas().stream().filter(s -> s.metric() == metric).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(request.key() + " has no SLA " + metric));
    }

    private static void setSla(PreparedStatement statement, int first, SlaOutcome sla) throws SQLException {
        statement.setInt(first, (int) sla.goal().toMinutes());
        statement.setInt(first + 1, (int) sla.elapsed().toMinutes());
        statement.setBoolean(first + 2, sla.completed());
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        long millis = rows.getLong(column);
        return rows.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    private static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value.toEpochMilli());
        }
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }
}
