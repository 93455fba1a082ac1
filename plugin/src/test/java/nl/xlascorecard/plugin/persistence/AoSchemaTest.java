package nl.xlascorecard.plugin.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import net.java.ao.RawEntity;
import net.java.ao.schema.Table;

/** The tables exist under the names Jira gives them: {@code AO_DCC443E8..., AO_<6 hex>_<TABLE>}. */
class AoSchemaTest {

    @Nested
    class OnHsqldb extends Contract {
        @Override
        protected AoTestDatabase newDatabase() {
            return AoTestDatabase.hsqldb(seed());
        }
    }

    @Nested
    class OnPostgres extends Contract {
        @Override
        protected AoTestDatabase newDatabase() {
            return AoTestDatabase.postgres(OnPostgres.class, seed());
        }
    }

    abstract static class Contract extends AoDatabaseTest {

        /** MD5("nl.xlascorecard.xla-scorecard") = dcc443e8e3c90f16d67b0ffccf7437b3: the last six digits. */
        private static final String PREFIX = "AO_7437B3_";

        @Test
        void thePrefixIsJirasForTheNamespace() throws Exception {
            String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(PersistenceModule.NAMESPACE.getBytes(StandardCharsets.UTF_8)));
            assertThat(PREFIX).isEqualTo("AO_" + md5.substring(26).toUpperCase(Locale.ROOT) + "_");
            assertThat(ao.tablePrefix()).isEqualTo(PREFIX);
        }

        @Test
        void everyEntityHasItsTableWithJirasName() throws SQLException {
            List<String> tables = tables();
            for (Class<? extends RawEntity<?>> entity : PersistenceModule.entities()) {
                String expected = PREFIX + entity.getAnnotation(Table.class).value();
                assertThat(tables).contains(expected);
                assertThat(expected).hasSizeLessThanOrEqualTo(30);
            }
            assertThat(tables).contains(PREFIX + "ROUND", PREFIX + "RESPONSE", PREFIX + "IMPROVEMENT_ACTION");
        }

        @Test
        void theNaturalKeysAreUniqueIndexes() throws SQLException {
            assertThat(uniqueColumns(PREFIX + "ROUND")).contains("BASELINE_KEY");
            assertThat(uniqueColumns(PREFIX + "RESPONSE")).contains("RESPONSE_KEY");
            assertThat(uniqueColumns(PREFIX + "TEMPLATE_VERSION")).contains("VERSION");
            assertThat(uniqueColumns(PREFIX + "ORG_PROFILE")).contains("ORG_ID");
        }

        @Test
        void theRoundIdOfResponsesIsIndexed() throws SQLException {
            assertThat(indexedColumns(PREFIX + "RESPONSE")).contains("ROUND_ID");
            // NPS per round and per month: index-range counts on (ROUND_ID, RECOMMENDATION, SUBMITTED_AT)
            assertThat(indexedColumns(PREFIX + "RESPONSE")).contains("RECOMMENDATION", "SUBMITTED_AT");
            assertThat(indexedColumns(PREFIX + "ROUND")).contains("ORG_ID", "OPENS");
        }

        private List<String> tables() throws SQLException {
            List<String> names = new ArrayList<>();
            try (Connection c = db.jdbc(); ResultSet rs = c.getMetaData().getTables(null, schema(), "AO_%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
            return names;
        }

        private List<String> uniqueColumns(String table) throws SQLException {
            return indexColumns(table, true);
        }

        private List<String> indexedColumns(String table) throws SQLException {
            return indexColumns(table, false);
        }

        private List<String> indexColumns(String table, boolean uniqueOnly) throws SQLException {
            List<String> columns = new ArrayList<>();
            try (Connection c = db.jdbc(); ResultSet rs = c.getMetaData().getIndexInfo(null, schema(), table, uniqueOnly, false)) {
                while (rs.next()) {
                    if (rs.getString("COLUMN_NAME") != null) {
                        columns.add(rs.getString("COLUMN_NAME"));
                    }
                }
            }
            return columns;
        }

        private String schema() {
            return db.database().schema() == null ? "PUBLIC" : db.database().schema();
        }
    }
}
