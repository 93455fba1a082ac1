package nl.xlascorecard.sandbox.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.xlascorecard.core.action.domain.ImprovementAction;
import nl.xlascorecard.core.followup.domain.FollowUpView;
import nl.xlascorecard.core.followup.port.in.WorkFollowUps;
import nl.xlascorecard.core.rating.domain.CsatFigures;
import nl.xlascorecard.core.scorecard.domain.Round;
import nl.xlascorecard.core.scorecard.domain.RoundKind;
import nl.xlascorecard.core.scorecard.domain.RoundResult;
import nl.xlascorecard.core.scorecard.domain.RoundState;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.plugin.config.XlaApp;
import nl.xlascorecard.sandbox.SandboxConfig;
import nl.xlascorecard.sandbox.SandboxServer;
import nl.xlascorecard.sandbox.auth.DemoUser;
import nl.xlascorecard.sandbox.auth.DemoUsers;
import nl.xlascorecard.sandbox.servicedesk.DemoOrganisations;
import nl.xlascorecard.sandbox.servicedesk.ServiceRequest;

/**
 * The demo data on the real plugin: generated once, with the promised shape (history per
 * organisation, an improving, a declining and a too-small organisation; requests, ratings and
 * follow-ups of the service desk), kept across a restart and not generated twice.
 */
class DemoDataTest {

    @TempDir
    static Path data;
    static SandboxServer server;
    static final Caller SM = DemoUsers.find(DemoUsers.SERVICE_MANAGER).orElseThrow().caller();

    @BeforeAll
    static void start() {
        server = SandboxServer.start(SandboxConfig.forTests(data).withDemoData(true));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static List<Round> rounds(XlaApp app, long organisationId) {
        return app.rounds().list(SM, organisationId, PageRequest.first(100)).items();
    }

    @Test
    void everyOrganisationHasABaselineAndThreeClosedPeriodicRounds() {
        for (var organisation : DemoOrganisations.ALL) {
            List<Round> rounds = rounds(server.app(), organisation.id());
            List<Round> closed = rounds.stream().filter(r -> r.state() == RoundState.CLOSED).toList();

            assertThat(closed).as(organisation.name()).hasSize(4);
            assertThat(closed.stream().filter(r -> r.kind() == RoundKind.BASELINE)).hasSize(1);
            assertThat(rounds.stream().filter(r -> r.state() == RoundState.OPEN).count()).isLessThanOrEqualTo(1);
            assertThat(closed.stream().map(Round::closedAt).distinct()).as("closed on their own dates").hasSize(4);
        }
        assertThat(rounds(server.app(), DemoOrganisations.NOORDERLICHT)).anyMatch(r -> r.state() == RoundState.OPEN);
    }

    @Test
    void noorderlichtImprovesAndRivierenlandDeclines() {
        RoundResult noorderlicht = server.app().results().latestClosed(SM, DemoOrganisations.NOORDERLICHT);
        RoundResult rivierenland = server.app().results().latestClosed(SM, DemoOrganisations.RIVIERENLAND);

        assertThat(noorderlicht.overallVsBaseline().delta()).isGreaterThan(10);
        assertThat(rivierenland.overallVsBaseline().delta()).isLessThan(-10);
    }

    /** NPS: every demo response answers the relationship question, and NPS moves with the scores. */
    @Test
    void everyResponseAnswersTheRecommendationQuestionAndNpsFollowsTheTrend() {
        for (var organisation : DemoOrganisations.ALL) {
            for (Round round : rounds(server.app(), organisation.id())) {
                assertThat(server.app().responses().list(SM, round.id(), PageRequest.first(100)).items())
                        .as(organisation.name() + " " + round.title())
                        .isNotEmpty()
                        .allSatisfy(response -> assertThat(response.recommendation()).isBetween(0, 10));
            }
        }
        RoundResult noorderlicht = server.app().results().latestClosed(SM, DemoOrganisations.NOORDERLICHT);
        RoundResult rivierenland = server.app().results().latestClosed(SM, DemoOrganisations.RIVIERENLAND);
        assertThat(noorderlicht.nps().suppressed()).isFalse();
        assertThat(noorderlicht.npsVsBaseline().delta()).isGreaterThan(20);
        assertThat(rivierenland.npsVsBaseline().delta()).isLessThan(-20);
        assertThat(noorderlicht.nps().meanGrade()).isGreaterThan(
                server.app().results().result(SM, noorderlicht.baselineRoundId()).nps().meanGrade());
        RoundResult baken = server.app().results().latestClosed(SM, DemoOrganisations.HET_BAKEN);
        assertThat(baken.nps().suppressed()).isTrue();
    }

    @Test
    void hetBakenHasTooFewRespondentsAndOthersEnough() {
        for (Round round : rounds(server.app(), DemoOrganisations.HET_BAKEN)) {
            RoundResult result = server.app().results().result(SM, round.id());
            assertThat(result.responses()).isBetween(1, 4);
            assertThat(result.overall().suppressed()).isTrue();
        }
        Round closed = rounds(server.app(), DemoOrganisations.DE_LINDE).stream()
                .filter(r -> r.state() == RoundState.CLOSED).findFirst().orElseThrow();
        assertThat(server.app().results().result(SM, closed.id()).responses()).isBetween(8, 25);
    }

    @Test
    void smLimitedManagesTwoOrganisationsAndEveryOrganisationHasActions() {
        for (var organisation : DemoOrganisations.ALL) {
            var profile = server.app().organisations().get(SM, organisation.id()).profile();
            assertThat(profile.serviceManagerKeys().contains(DemoUsers.SERVICE_MANAGER_LIMITED))
                    .isEqualTo(DemoUsers.SM_LIMITED_ORGANISATIONS.contains(organisation.id()));
            List<ImprovementAction> actions = server.app().actions().list(SM, organisation.id(), null, PageRequest.first(100)).items();
            assertThat(actions).hasSizeBetween(2, 3);
        }
    }

    @Test
    void everyOrganisationHasTwentyToSixtyRequestsMostlyResolvedAndRated() throws SQLException {
        for (var organisation : DemoOrganisations.ALL) {
            long requests = count("SELECT COUNT(*) FROM SANDBOX_REQUEST WHERE ORGANISATION_IDS = ?", organisation.id());
            long resolved = count("SELECT COUNT(*) FROM SANDBOX_REQUEST WHERE ORGANISATION_IDS = ? AND STATUS = 'RESOLVED'",
                    organisation.id());
            // 20 to 60 generated, plus the demo customer's six and a scripted unhappy one for some.
            assertThat(requests).as(organisation.name()).isBetween(20L, 67L);
            assertThat(resolved).as(organisation.name()).isGreaterThan(requests / 2);
            CsatFigures csat = server.app().ratings().csat(SM, organisation.id(), 120);
            assertThat(csat.n()).as(organisation.name()).isPositive();
        }
        assertThat(server.app().ratings().csat(SM, DemoOrganisations.RIVIERENLAND, 120).csatPercent())
                .isLessThan(server.app().ratings().csat(SM, DemoOrganisations.HOGE_WEIDE, 120).csatPercent());
    }

    @Test
    void theFollowUpQueueHasOpenCallsExactlyOneOverdueAndClosedOnesWithHistory() {
        List<FollowUpView> open = server.app().followUps().queue(SM, WorkFollowUps.QueueFilter.none(), PageRequest.first(100)).items();

        assertThat(open).hasSizeGreaterThanOrEqualTo(3);
        assertThat(open.stream().filter(FollowUpView::overdue)).singleElement()
                .satisfies(v -> assertThat(v.followUp().organisationId()).isEqualTo(DemoOrganisations.RIVIERENLAND));
        long closed = DemoOrganisations.ALL.stream()
                .mapToLong(o -> server.app().followUpMetrics().metrics(SM, o.id(), 120).closed()).sum();
        assertThat(closed).isPositive();
    }

    @Test
    void theDemoCustomerHasResolvedRequestsToRateSomeAlreadyRated() {
        DemoUser customer = DemoUsers.find(DemoUsers.CUSTOMER).orElseThrow();
        List<ServiceRequest> own = server.serviceDesk().ratings().rateable(customer);

        assertThat(own).hasSizeGreaterThanOrEqualTo(6);
        assertThat(own).anyMatch(r -> r.feedback() == null).anyMatch(r -> r.feedback() != null);
    }

    // ---- XLA targets ----

    @Test
    void theOverviewPicksOutRivierenlandAsTheWatermelon() {
        var page = server.app().xlaOverview().overview(SM, java.util.Set.of(), 30, 0, 50);
        assertThat(page.total()).isEqualTo(DemoOrganisations.ALL.size());
        var watermelons = page.items().stream().filter(o -> o.watermelon()).map(o -> o.organisation().id()).toList();
        // Rivierenland is the designed watermelon; the random demo desk makes a second one on some days
        // (e.g. 19 of 20 SLA cycles met in the last 30 days), which must then meet the rule as well.
        assertThat(watermelons).contains(DemoOrganisations.RIVIERENLAND).hasSizeLessThan(DemoOrganisations.ALL.size());
        assertThat(page.items().stream().filter(o -> o.watermelon())).allSatisfy(o -> {
            assertThat(o.sla().percent()).isGreaterThanOrEqualTo(nl.xlascorecard.core.target.domain.OrganisationOverview.SLA_GOOD_PERCENT);
            assertThat(o.worstStatus()).isIn(nl.xlascorecard.core.target.domain.TargetStatus.AT_RISK,
                    nl.xlascorecard.core.target.domain.TargetStatus.BREACHED);
        });
        var rivierenland = page.items().stream().filter(o -> o.organisation().id() == DemoOrganisations.RIVIERENLAND)
                .findFirst().orElseThrow();
        assertThat(rivierenland.sla().percent()).isGreaterThanOrEqualTo(95.0);
        assertThat(rivierenland.targets()).anyMatch(t -> t.target().metric() == nl.xlascorecard.core.target.domain.XlaMetric.CSAT_PERCENT
                && t.status() == nl.xlascorecard.core.target.domain.TargetStatus.BREACHED);
        // every organisation was evaluated once the demo data stood
        assertThat(page.items()).allSatisfy(o -> assertThat(o.targets()).allMatch(t -> t.state() != null));
        assertThat(page.items().stream().filter(o -> o.sla() != null && o.sla().percent() < 95.0)).isNotEmpty();
    }

    @Test
    void aRestartKeepsTheDataAndDoesNotGenerateItAgain() throws SQLException {
        long before = rounds(server.app(), DemoOrganisations.WATERLAND).size();
        long requests = count("SELECT COUNT(*) FROM SANDBOX_REQUEST WHERE ORGANISATION_IDS <> ?", 0);
        long ratings = server.app().ratings().csat(SM, DemoOrganisations.WATERLAND, 3660).n();
        server.stop();
        server = SandboxServer.start(SandboxConfig.forTests(data).withDemoData(true));

        assertThat(rounds(server.app(), DemoOrganisations.WATERLAND)).hasSize((int) before);
        assertThat(count("SELECT COUNT(*) FROM SANDBOX_REQUEST WHERE ORGANISATION_IDS <> ?", 0)).isEqualTo(requests);
        assertThat(server.app().ratings().csat(SM, DemoOrganisations.WATERLAND, 3660).n()).isEqualTo(ratings);
    }

    private static long count(String sql, long organisationId) throws SQLException {
        try (Connection connection = server.database().connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, String.valueOf(organisationId));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
