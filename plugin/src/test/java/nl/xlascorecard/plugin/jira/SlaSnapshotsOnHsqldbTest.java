package nl.xlascorecard.plugin.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.atlassian.scheduler.JobRunnerResponse;

import nl.xlascorecard.core.scorecard.domain.DefaultTemplate;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.Role;
import nl.xlascorecard.core.target.domain.OrganisationOverview;
import nl.xlascorecard.core.target.domain.SlaFigures;
import nl.xlascorecard.core.target.port.out.SlaMetricsSource;
import nl.xlascorecard.plugin.config.XlaApp;
import nl.xlascorecard.plugin.jira.scheduler.SlaSnapshotJob;
import nl.xlascorecard.plugin.persistence.AoTestDatabase;
import nl.xlascorecard.plugin.persistence.PersistenceModule;

/**
 * The SLA snapshot job over the real app on HSQLDB, wired through {@code XlaApp} as the Jira
 * configuration wires it ({@code TargetPorts.withSnapshots}): before the first run the overview shows
 * no SLA figures and asks JSM nothing; after it, the overview shows the stored figures, still without
 * a JSM call; a window the dashboard does not offer is measured live.
 */
class SlaSnapshotsOnHsqldbTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final Caller ADMIN = new Caller("admin", Set.of(Role.ADMINISTRATOR), Set.of(), Set.of());

    @Test
    void theOverviewReadsWhatTheJobStoredAndNeverCallsJsmForAnOfferedWindow() throws Exception {
        List<String> jsmCalls = new ArrayList<>();
        SlaMetricsSource jsm = (organisationId, from, to) -> {
            long days = Duration.between(from, to).toDays();
            jsmCalls.add(organisationId + ":" + days);
            return Optional.of(new SlaMetricsSource.SlaCycles(10 * days, 1));
        };
        try (AoTestDatabase db = AoTestDatabase.hsqldb(() -> DefaultTemplate.asVersion1(Instant.EPOCH))) {
            PersistenceModule.Repositories repositories = PersistenceModule.repositories(db.ao());
            try (XlaApp app = new XlaApp(new XlaApp.Ports(new RatingsOnHsqldb.OneOrganisation(), repositories.profiles(),
                    repositories.settings(), repositories.templates(), repositories.rounds(), repositories.responses(),
                    repositories.actions(), repositories.transactions()),
                    XlaApp.RatingPorts.of(repositories, (rating, since, page) -> new Page<>(List.of(), page.start(),
                            page.limit(), 0), notice -> { }),
                    XlaApp.TargetPorts.withSnapshots(repositories, jsm), Clock.fixed(NOW, ZoneOffset.UTC))) {

                assertThat(sla(app, 30)).isNull();
                assertThat(jsmCalls).isEmpty();

                JobRunnerResponse response = new SlaSnapshotJob(app.refreshSlaSnapshots()).runJob(null);

                assertThat(response.getMessage()).isEqualTo("SLA snapshots: refreshed=1 failed=0");
                assertThat(jsmCalls).containsExactly("7:7", "7:30", "7:90");
                jsmCalls.clear();
                assertThat(sla(app, 7)).isEqualTo(SlaFigures.of(70, 1, 7));
                assertThat(sla(app, 30)).isEqualTo(SlaFigures.of(300, 1, 30));
                assertThat(sla(app, 90)).isEqualTo(SlaFigures.of(900, 1, 90));
                assertThat(jsmCalls).isEmpty();

                assertThat(sla(app, 14)).isEqualTo(SlaFigures.of(140, 1, 14));
                assertThat(jsmCalls).containsExactly("7:14");
            }
        }
    }

    private static SlaFigures sla(XlaApp app, int days) {
        Page<OrganisationOverview> page = app.xlaOverview().overview(ADMIN, Set.of(), days, 0, 50);
        return page.items().getFirst().sla();
    }
}
