package nl.xlascorecard.plugin.persistence.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import net.java.ao.DBParam;

import nl.xlascorecard.aohost.AoHost;
import nl.xlascorecard.aohost.Database;
import nl.xlascorecard.aohost.EntityManagerActiveObjects;
import nl.xlascorecard.core.scorecard.domain.RespondentRole;
import nl.xlascorecard.core.scorecard.domain.Response;
import nl.xlascorecard.plugin.persistence.AoTestDatabase;
import nl.xlascorecard.plugin.persistence.PersistenceModule;
import nl.xlascorecard.plugin.persistence.TestTemplates;
import nl.xlascorecard.plugin.persistence.ao.ResponseAo;

/**
 * An installed app upgraded to the version with the relationship question: AO adds the nullable
 * {@code RECOMMENDATION} and {@code RECOMMENDATION_COMMENT} columns and their index, and every
 * stored response reads back unchanged as "not answered", which is what it is, so no upgrade task
 * is needed (decisions-nps.md).
 */
class RecommendationColumnsArriveByMigrationTest {

    @Nested
    class OnHsqldb extends Contract {
        @Override
        Database newDatabase() {
            return AoTestDatabase.hsqldbDatabase();
        }
    }

    @Nested
    class OnPostgres extends Contract {
        @Override
        Database newDatabase() {
            return AoTestDatabase.postgresDatabase(OnPostgres.class);
        }
    }

    abstract static class Contract {

        private static final Instant AT = Instant.parse("2026-02-10T09:00:00Z");
        private Database database;
        /** The released app; kept open until the end because an in-memory HSQLDB ends with its last connection. */
        private EntityManagerActiveObjects released;

        abstract Database newDatabase();

        @BeforeEach
        void releasedSchemaWithOneResponse() {
            database = newDatabase();
            released = EntityManagerActiveObjects.connect(database, PersistenceModule.NAMESPACE);
            released.migrate(ResponseAoBeforeNps.class);
            released.create(ResponseAoBeforeNps.class, new DBParam("ROUND_ID", 5L),
                    new DBParam("RESPONDENT_ROLE", "END_USER"), new DBParam("SCORES", "{\"REL_1\":70}"),
                    new DBParam("SUBMITTED_AT", AT.toEpochMilli()), new DBParam("RESPONSE_KEY", "5:F-1"),
                    new DBParam("RESPONDENT_REF", "F-1"));
        }

        @AfterEach
        void drop() throws SQLException {
            // Nothing to clean up when the database was never opened (PostgreSQL tests switched off).
            if (released != null) {
                released.close();
            }
            if (database != null) {
                AoTestDatabase.drop(database);
            }
        }

        @Test
        void storedResponsesReadAsNotAnsweredAndNewOnesCarryTheAnswer() throws SQLException {
            try (EntityManagerActiveObjects ao = AoHost.start(database, PersistenceModule.NAMESPACE,
                    PersistenceModule.entities(), PersistenceModule.upgradeTasks(() -> TestTemplates.small(1, "seed")))) {
                PersistenceModule.Repositories repos = PersistenceModule.repositories(ao);

                Response old = repos.responses().listAll(5).get(0);
                assertThat(old.respondentRef()).isEqualTo("F-1");
                assertThat(old.scores()).isEqualTo(Map.of("REL_1", 70));
                assertThat(old.recommendation()).isNull();
                assertThat(old.recommendationComment()).isNull();
                assertThat(repos.responses().recommendationCounts(5)).containsOnly(0L);

                repos.responses().upsert(new Response(0, 5, RespondentRole.EXECUTIVE, null, null, Map.of(), Map.of(),
                        null, AT, 9, "Prima"));
                assertThat(repos.responses().recommendationCounts(5)[9]).isEqualTo(1);
                assertThat(indexedColumns(ao.tableName(ResponseAo.class)))
                        .contains("ROUND_ID", "RECOMMENDATION", "SUBMITTED_AT");
            }
        }

        private List<String> indexedColumns(String table) throws SQLException {
            List<String> columns = new ArrayList<>();
            String schema = database.schema() == null ? "PUBLIC" : database.schema();
            try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                    database.password()); ResultSet rs = c.getMetaData().getIndexInfo(null, schema, table, false, false)) {
                while (rs.next()) {
                    if (rs.getString("COLUMN_NAME") != null) {
                        columns.add(rs.getString("COLUMN_NAME"));
                    }
                }
            }
            return columns;
        }
    }
}
