package nl.xlascorecard.sandbox.servicedesk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import nl.xlascorecard.core.organisation.domain.OrganisationRef;
import nl.xlascorecard.core.organisation.port.out.OrganisationDirectory;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.sandbox.db.SandboxDatabase;

/**
 * The simulated service desk's customer organisations, in the plain table {@code SANDBOX_ORGANISATION}
 * of the sandbox database (JSM keeps them in its own tables, not in the app's AO tables). Read-only
 * for the app, as JSM's OrganizationService is.
 */
public final class JdbcOrganisationDirectory implements OrganisationDirectory {

    private static final String TABLE = "SANDBOX_ORGANISATION";

    private final SandboxDatabase database;

    public JdbcOrganisationDirectory(SandboxDatabase database) {
        this.database = database;
    }

    /** Creates the table when missing and fills it with {@link DemoOrganisations} when empty. */
    public void initialise() throws SQLException {
        try (Connection connection = database.connect()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (ID BIGINT PRIMARY KEY, NAME VARCHAR(255) NOT NULL)");
            }
            if (count(connection) > 0) {
                return;
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE + " (ID, NAME) VALUES (?, ?)")) {
                for (OrganisationRef organisation : DemoOrganisations.ALL) {
                    insert.setLong(1, organisation.id());
                    insert.setString(2, organisation.name());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    @Override
    public Optional<OrganisationRef> find(long organisationId) {
        return query("SELECT ID, NAME FROM " + TABLE + " WHERE ID = ?", List.of(organisationId)).stream().findFirst();
    }

    @Override
    public Page<OrganisationRef> list(PageRequest page) {
        List<OrganisationRef> items = query("SELECT ID, NAME FROM " + TABLE + " ORDER BY NAME, ID LIMIT ? OFFSET ?",
                List.of(page.limit(), page.start()));
        try (Connection connection = database.connect()) {
            return new Page<>(items, page.start(), page.limit(), count(connection));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count organisations", e);
        }
    }

    @Override
    public List<OrganisationRef> findAll(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        List<Object> ids = List.copyOf(organisationIds.stream().distinct().toList());
        String placeholders = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        return query("SELECT ID, NAME FROM " + TABLE + " WHERE ID IN (" + placeholders + ") ORDER BY NAME, ID", ids);
    }

    private List<OrganisationRef> query(String sql, List<?> parameters) {
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            List<OrganisationRef> result = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(new OrganisationRef(rows.getLong(1), rows.getString(2)));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read organisations", e);
        }
    }

    private static long count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + TABLE)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
