package nl.xlascorecard.sandbox.dashboard;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.xlascorecard.sandbox.db.SandboxDatabase;

/**
 * The preferences of each user's dashboard items, in the plain table {@code SANDBOX_DASHBOARD_PREF}
 * of the sandbox database (Jira keeps dashboard item preferences in its own tables, per item on a
 * dashboard, not in the app's AO tables). The sandbox has one dashboard per user, so a row is one
 * user's preferences of one item: a map of strings, as Jira hands them to an item.
 */
public final class DashboardPreferences {

    static final String TABLE = "SANDBOX_DASHBOARD_PREF";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() { };

    private final SandboxDatabase database;
    private final Clock clock;

    public DashboardPreferences(SandboxDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public void initialise() throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (USERNAME VARCHAR(255) NOT NULL,"
                    + " ITEM_KEY VARCHAR(255) NOT NULL, PREFS VARCHAR(32000) NOT NULL, UPDATED_AT BIGINT NOT NULL,"
                    + " PRIMARY KEY (USERNAME, ITEM_KEY))");
        }
    }

    /** The saved preferences, or empty when the user never saved any for this item. */
    public Optional<Map<String, String>> find(String username, String itemKey) {
        try (Connection connection = database.connect();
             PreparedStatement select = connection.prepareStatement("SELECT PREFS FROM " + TABLE + " WHERE USERNAME = ? AND ITEM_KEY = ?")) {
            select.setString(1, username);
            select.setString(2, itemKey);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(JSON.readValue(rows.getString(1), MAP)) : Optional.empty();
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot read dashboard preferences", e);
        }
    }

    /** Replaces the user's preferences of the item (the last save wins, as in Jira). */
    public void save(String username, String itemKey, Map<String, String> preferences) {
        String body;
        try {
            body = JSON.writeValueAsString(preferences);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Preferences are not serialisable", e);
        }
        long now = clock.millis();
        try (Connection connection = database.connect()) {
            if (update(connection, username, itemKey, body, now) > 0) {
                return;
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
                    + " (USERNAME, ITEM_KEY, PREFS, UPDATED_AT) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, username);
                insert.setString(2, itemKey);
                insert.setString(3, body);
                insert.setLong(4, now);
                insert.executeUpdate();
            } catch (SQLException duplicate) {
                // Another request of the same user inserted first (two tabs): update that row instead.
                if (update(connection, username, itemKey, body, now) == 0) {
                    throw duplicate;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot save dashboard preferences", e);
        }
    }

    private static int update(Connection connection, String username, String itemKey, String body, long now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + TABLE
                + " SET PREFS = ?, UPDATED_AT = ? WHERE USERNAME = ? AND ITEM_KEY = ?")) {
            update.setString(1, body);
            update.setLong(2, now);
            update.setString(3, username);
            update.setString(4, itemKey);
            return update.executeUpdate();
        }
    }
}
