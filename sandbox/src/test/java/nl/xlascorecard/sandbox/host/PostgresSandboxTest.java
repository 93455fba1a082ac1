package nl.xlascorecard.sandbox.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import nl.xlascorecard.core.scorecard.domain.Round;
import nl.xlascorecard.core.scorecard.domain.RoundKind;
import nl.xlascorecard.core.scorecard.port.in.ManageRounds.PlanRoundCommand;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.sandbox.SandboxConfig;
import nl.xlascorecard.sandbox.SandboxServer;
import nl.xlascorecard.sandbox.auth.DemoUsers;
import nl.xlascorecard.sandbox.db.SandboxDatabase;
import nl.xlascorecard.sandbox.servicedesk.DemoOrganisations;

/** The sandbox on PostgreSQL (own schema): the plugin and the service desk work and data survives a restart. */
@EnabledIfSystemProperty(named = "xla.test.postgres", matches = "true")
class PostgresSandboxTest {

    private static final String SCHEMA = "xla_sandbox_host_test";
    private final SandboxConfig config = SandboxConfig.forPostgresTests(SCHEMA);

    @AfterEach
    void dropSchema() throws SQLException {
        SandboxDatabase database = config.database();
        database.dropSchema();
    }

    @Test
    void servesThePluginAndKeepsDataAcrossARestart() {
        Caller sm = DemoUsers.find(DemoUsers.SERVICE_MANAGER).orElseThrow().caller();
        SandboxServer first = SandboxServer.start(config);
        Round planned;
        try {
            assertThat(first.client(DemoUsers.ADMIN).get("/rest/xla-scorecard/1.0/organisations").body()).contains("\"total\":8");
            planned = first.app().rounds().plan(sm, new PlanRoundCommand(DemoOrganisations.WATERLAND, RoundKind.BASELINE,
                    "0-meting", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 26), false, 12));
        } finally {
            first.stop();
        }

        SandboxServer second = SandboxServer.start(config);
        try {
            assertThat(second.app().rounds().list(sm, DemoOrganisations.WATERLAND, PageRequest.first(10)).items())
                    .extracting(Round::id).containsExactly(planned.id());
        } finally {
            second.stop();
        }
    }
}
