package nl.xlascorecard.core.scorecard.service;

import static nl.xlascorecard.core.shared.ValidationAssertions.fieldsAndKeys;
import static nl.xlascorecard.core.testing.CoreFixture.ORG;
import static nl.xlascorecard.core.testing.CoreFixture.OTHER_ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.organisation.domain.Language;
import nl.xlascorecard.core.organisation.domain.OrganisationProfile;
import nl.xlascorecard.core.scorecard.domain.DefaultTemplate;
import nl.xlascorecard.core.scorecard.domain.Round;
import nl.xlascorecard.core.scorecard.domain.RoundKind;
import nl.xlascorecard.core.scorecard.domain.RoundProposal;
import nl.xlascorecard.core.scorecard.domain.RoundState;
import nl.xlascorecard.core.scorecard.domain.ScorecardTemplate;
import nl.xlascorecard.core.scorecard.port.in.ManageRounds.PlanRoundCommand;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.ConflictException;
import nl.xlascorecard.core.shared.ForbiddenException;
import nl.xlascorecard.core.shared.NotFoundException;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.core.testing.Callers;
import nl.xlascorecard.core.testing.CoreFixture;
import nl.xlascorecard.core.testing.Rounds;

class RoundServiceTest {

    private final CoreFixture f = new CoreFixture();
    private final RoundService service = new RoundService(f.rounds, f.directory, f.profiles, f.access, f.roundAccess,
            f.templateVersions, new RoundPlanner(f.clock), f.tx, f.clock);
    private final Caller sm = Callers.serviceManager("sm1");

    private static PlanRoundCommand command(RoundKind kind, String opens, String closes) {
        return new PlanRoundCommand(ORG, kind, "Voorjaar 2026", LocalDate.parse(opens), LocalDate.parse(closes),
                false, 40);
    }

    private Round planned() {
        return service.plan(sm, command(RoundKind.PERIODIC, "2026-03-09", "2026-03-29"));
    }

    @Test
    void planStoresAPlannedRoundOnTheCurrentTemplate() {
        f.templates.put(new ScorecardTemplate(3, CoreFixture.NOW, "admin", DefaultTemplate.categories()));
        Round round = service.plan(sm, new PlanRoundCommand(ORG, RoundKind.BASELINE, "  0-meting  ",
                LocalDate.parse("2026-03-09"), LocalDate.parse("2026-03-09"), true, 0));
        assertThat(round.id()).isPositive();
        assertThat(round.state()).isEqualTo(RoundState.PLANNED);
        assertThat(round.templateVersion()).isEqualTo(3);
        assertThat(round.title()).isEqualTo("0-meting");
        assertThat(round.anonymous()).isTrue();
        assertThat(round.createdBy()).isEqualTo("sm1");
        assertThat(round.createdAt()).isEqualTo(CoreFixture.NOW);
        assertThat(service.get(Callers.agent("ag", ORG), round.id())).isEqualTo(round);
    }

    @Test
    void blankTitleIsNoTitle() {
        Round round = service.plan(sm, new PlanRoundCommand(ORG, RoundKind.PERIODIC, " ", LocalDate.parse("2026-03-09"),
                LocalDate.parse("2026-03-29"), false, 0));
        assertThat(round.title()).isNull();
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        assertThat(fieldsAndKeys(() -> service.plan(sm, new PlanRoundCommand(ORG, null, "t".repeat(101),
                LocalDate.parse("2026-03-29"), LocalDate.parse("2026-03-28"), false, -1)))).containsExactly(
                "kind=xla.error.field.required",
                "title=xla.error.field.tooLong",
                "closes=xla.error.round.periodOrder",
                "invitations=xla.error.field.range");
        assertThat(fieldsAndKeys(() -> service.plan(sm, new PlanRoundCommand(ORG, RoundKind.PERIODIC, "t".repeat(100),
                null, null, false, 100_001)))).containsExactly(
                "opens=xla.error.field.required",
                "closes=xla.error.field.required",
                "invitations=xla.error.field.range");
        assertThat(fieldsAndKeys(() -> service.plan(sm, null))).containsExactly("round=xla.error.field.required");
        assertThat(f.rounds.latest(ORG, 10)).isEmpty();
    }

    @Test
    void boundaryValuesAreAccepted() {
        Round round = service.plan(sm, new PlanRoundCommand(ORG, RoundKind.PERIODIC, "t".repeat(100),
                LocalDate.parse("2026-03-09"), LocalDate.parse("2026-03-09"), false, 100_000));
        assertThat(round.invitations()).isEqualTo(100_000);
    }

    @Test
    void secondBaselineConflictsOnKind() {
        service.plan(sm, command(RoundKind.BASELINE, "2026-03-09", "2026-03-29"));
        assertThatThrownBy(() -> service.plan(sm, command(RoundKind.BASELINE, "2026-05-04", "2026-05-24")))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.field()).isEqualTo("kind");
                    assertThat(e.messageKey()).isEqualTo("xla.error.round.baselineExists");
                });
        // Another organisation may have its own baseline.
        service.plan(sm, new PlanRoundCommand(OTHER_ORG, RoundKind.BASELINE, null, LocalDate.parse("2026-03-09"),
                LocalDate.parse("2026-03-29"), false, 0));
    }

    @Test
    void permissionsToPlan() {
        assertThatThrownBy(() -> service.plan(Callers.agent("ag", ORG), command(RoundKind.PERIODIC, "2026-03-09", "2026-03-29")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.plan(Callers.customer("c", ORG), command(RoundKind.PERIODIC, "2026-03-09", "2026-03-29")))
                .isInstanceOf(NotFoundException.class);
        f.limitServiceManagers();
        assertThatThrownBy(() -> service.plan(sm, command(RoundKind.PERIODIC, "2026-03-09", "2026-03-29")))
                .isInstanceOf(NotFoundException.class);
        f.profiles.put(new OrganisationProfile(ORG, Language.NL, null, List.of("sm1"), 3, 1));
        assertThat(service.plan(sm, command(RoundKind.PERIODIC, "2026-03-09", "2026-03-29")).id()).isPositive();
    }

    @Test
    void unknownOrganisationIsNotFound() {
        assertThatThrownBy(() -> service.plan(Callers.admin(), new PlanRoundCommand(99, RoundKind.PERIODIC, null,
                LocalDate.parse("2026-03-09"), LocalDate.parse("2026-03-29"), false, 0)))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("xla.error.organisation.notFound"));
    }

    @Test
    void stateMachinePlannedOpenClosed() {
        Round round = planned();
        Round open = service.open(sm, round.id(), round.version());
        assertThat(open.state()).isEqualTo(RoundState.OPEN);
        assertThat(open.openedAt()).isEqualTo(CoreFixture.NOW);
        assertThat(open.version()).isEqualTo(round.version() + 1);

        assertThatThrownBy(() -> service.open(sm, round.id(), open.version()))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.field()).isEqualTo("state");
                    assertThat(e.messageKey()).isEqualTo("xla.error.round.notPlanned");
                });

        Round closed = service.close(sm, round.id(), open.version());
        assertThat(closed.state()).isEqualTo(RoundState.CLOSED);
        assertThat(closed.closedAt()).isEqualTo(CoreFixture.NOW);
        assertThat(closed.openedAt()).isEqualTo(CoreFixture.NOW);

        assertThatThrownBy(() -> service.close(sm, round.id(), closed.version()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("xla.error.round.notOpen"));
    }

    @Test
    void closingAPlannedRoundConflicts() {
        Round round = planned();
        assertThatThrownBy(() -> service.close(sm, round.id(), round.version()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("state"));
    }

    @Test
    void staleVersionConflictsAndChangesNothing() {
        Round round = planned();
        assertThatThrownBy(() -> service.open(sm, round.id(), round.version() + 1))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.field()).isEqualTo("version");
                    assertThat(e.messageKey()).isEqualTo("xla.error.version.stale");
                });
        assertThat(service.get(sm, round.id()).state()).isEqualTo(RoundState.PLANNED);
    }

    @Test
    void agentsReadButDoNotChangeRounds() {
        Round round = planned();
        Caller agent = Callers.agent("ag", ORG);
        assertThat(service.list(agent, ORG, PageRequest.first(10)).items()).containsExactly(round);
        assertThatThrownBy(() -> service.open(agent, round.id(), round.version())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.close(agent, round.id(), round.version())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.proposals(agent, ORG)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void otherOrganisationsRoundsAreNotFound() {
        Round round = planned();
        Caller otherAgent = Callers.agent("ag2", OTHER_ORG);
        assertThatThrownBy(() -> service.get(otherAgent, round.id()))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("xla.error.round.notFound"));
        assertThatThrownBy(() -> service.open(otherAgent, round.id(), round.version())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.list(otherAgent, ORG, PageRequest.first(10))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.get(sm, 404)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void proposalsUseTheOrganisationsCadence() {
        f.profiles.put(new OrganisationProfile(ORG, Language.NL, null, List.of(), 4, 1));
        f.rounds.store(Rounds.round(ORG, RoundKind.BASELINE, RoundState.CLOSED, "2026-01-05", "2026-01-25"));
        assertThat(service.proposals(sm, ORG)).extracting(RoundProposal::opens).extracting(LocalDate::toString)
                .containsExactly("2026-04-05", "2026-07-05", "2026-10-05");
    }

    @Test
    void proposalsStartWithTheBaselineWhenThereIsNone() {
        assertThat(service.proposals(sm, ORG)).first().extracting(RoundProposal::kind).isEqualTo(RoundKind.BASELINE);
    }

    @Test
    void everyWriteRunsInATransaction() {
        Round round = planned();
        service.open(sm, round.id(), round.version());
        assertThat(f.tx.count()).isEqualTo(2);
    }

    @Test
    void anUnknownOrganisationIsNotFoundAlsoForThoseWhoSeeAll() {
        for (var caller : java.util.List.of(Callers.admin(), Callers.serviceManager("sm"))) {
            assertThatThrownBy(() -> service.list(caller, 987654, PageRequest.first(10)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> service.proposals(caller, 987654)).isInstanceOf(NotFoundException.class);
        }
    }
}
