package nl.xlascorecard.sandbox.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.xlascorecard.core.action.domain.ImprovementAction;
import nl.xlascorecard.core.scorecard.domain.Round;
import nl.xlascorecard.core.scorecard.domain.RoundKind;
import nl.xlascorecard.core.scorecard.domain.RoundResult;
import nl.xlascorecard.core.scorecard.domain.RoundState;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.plugin.config.XlaApp;
import nl.xlascorecard.sandbox.SandboxConfig;
import nl.xlascorecard.sandbox.SandboxServer;
import nl.xlascorecard.sandbox.auth.DemoUsers;
import nl.xlascorecard.sandbox.servicedesk.DemoOrganisations;

/**
 * The demo data on the real plugin: generated once, with the promised shape (history per
 * organisation, an improving, a declining and a too-small organisation), kept across a restart and
 * not generated twice.
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
    void aRestartKeepsTheDataAndDoesNotGenerateItAgain() {
        long before = rounds(server.app(), DemoOrganisations.WATERLAND).size();
        server.stop();
        server = SandboxServer.start(SandboxConfig.forTests(data).withDemoData(true));

        assertThat(rounds(server.app(), DemoOrganisations.WATERLAND)).hasSize((int) before);
    }
}
