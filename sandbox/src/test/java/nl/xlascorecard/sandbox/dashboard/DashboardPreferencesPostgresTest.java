package nl.xlascorecard.sandbox.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import nl.xlascorecard.sandbox.SandboxConfig;
import nl.xlascorecard.sandbox.SandboxServer;
import nl.xlascorecard.sandbox.auth.DemoUsers;

/** The dashboard host's preferences on PostgreSQL (own schema): saved, replaced, kept across a restart. */
@EnabledIfSystemProperty(named = "xla.test.postgres", matches = "true")
class DashboardPreferencesPostgresTest {

    private static final String ITEM = "/rest/sandbox/1.0/dashboard/items/sla-vs-xla-dashboard-item/preferences";
    private final SandboxConfig config = SandboxConfig.forPostgresTests("xla_dashboard_prefs_test");

    @AfterEach
    void dropSchema() throws SQLException {
        config.database().dropSchema();
    }

    @Test
    void preferencesAreReplacedAndSurviveARestart() {
        SandboxServer first = SandboxServer.start(config);
        try {
            assertThat(first.client(DemoUsers.SERVICE_MANAGER).put(ITEM, "{\"slaDays\":\"7\"}").statusCode()).isEqualTo(200);
            assertThat(first.client(DemoUsers.SERVICE_MANAGER).put(ITEM, "{\"slaDays\":\"90\",\"organisationIds\":\"1,2\"}")
                    .statusCode()).isEqualTo(200);
        } finally {
            first.stop();
        }
        SandboxServer second = SandboxServer.start(config);
        try {
            assertThat(second.client(DemoUsers.SERVICE_MANAGER).get(ITEM).body())
                    .isEqualTo("{\"slaDays\":\"90\",\"organisationIds\":\"1,2\"}");
            assertThat(second.client(DemoUsers.ADMIN).get(ITEM).body()).isEqualTo("{}");
        } finally {
            second.stop();
        }
    }
}
