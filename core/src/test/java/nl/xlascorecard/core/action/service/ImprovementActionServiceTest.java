package nl.xlascorecard.core.action.service;

import static nl.xlascorecard.core.shared.ValidationAssertions.fieldErrors;
import static nl.xlascorecard.core.shared.ValidationAssertions.fieldsAndKeys;
import static nl.xlascorecard.core.testing.CoreFixture.ORG;
import static nl.xlascorecard.core.testing.CoreFixture.OTHER_ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.action.domain.ActionState;
import nl.xlascorecard.core.action.domain.ImprovementAction;
import nl.xlascorecard.core.action.port.in.ManageImprovementActions.ActionCommand;
import nl.xlascorecard.core.scorecard.domain.Category;
import nl.xlascorecard.core.scorecard.domain.Round;
import nl.xlascorecard.core.scorecard.domain.RoundKind;
import nl.xlascorecard.core.scorecard.domain.RoundState;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.ConflictException;
import nl.xlascorecard.core.shared.FieldError;
import nl.xlascorecard.core.shared.ForbiddenException;
import nl.xlascorecard.core.shared.NotFoundException;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.core.shared.ValidationException;
import nl.xlascorecard.core.testing.Callers;
import nl.xlascorecard.core.testing.CoreFixture;
import nl.xlascorecard.core.testing.Rounds;

class ImprovementActionServiceTest {

    private final CoreFixture f = new CoreFixture();
    private final ImprovementActionService service = new ImprovementActionService(f.actions, f.rounds, f.directory,
            f.access, f.templateVersions, f.tx, f.clock);
    private final Caller sm = Callers.serviceManager("sm1");
    private final Round round = f.rounds.store(Rounds.round(ORG, RoundKind.PERIODIC, RoundState.CLOSED, "2026-01-05", "2026-01-25"));
    private final Round otherOrgRound = f.rounds.store(Rounds.round(OTHER_ORG, RoundKind.PERIODIC, RoundState.CLOSED, "2026-01-05", "2026-01-25"));

    private static ActionCommand command(Long roundId, String category, String statementKey, String text) {
        return new ActionCommand(ORG, roundId, category, statementKey, text, "sm1", LocalDate.parse("2026-04-01"), "ITSM-42");
    }

    private ImprovementAction created() {
        return service.create(sm, command(round.id(), "reliability", "REL_2", "  Storingen binnen 4 uur oplossen  "));
    }

    @Test
    void createStoresAnOpenAction() {
        ImprovementAction a = created();
        assertThat(a.id()).isPositive();
        assertThat(a.state()).isEqualTo(ActionState.OPEN);
        assertThat(a.text()).isEqualTo("Storingen binnen 4 uur oplossen");
        assertThat(a.category()).isEqualTo(Category.RELIABILITY);
        assertThat(a.statementKey()).isEqualTo("REL_2");
        assertThat(a.roundId()).isEqualTo(round.id());
        assertThat(a.linkedIssueKey()).isEqualTo("ITSM-42");
        assertThat(a.createdAt()).isEqualTo(CoreFixture.NOW);
        assertThat(a.createdBy()).isEqualTo("sm1");
        assertThat(a.doneAt()).isNull();
        assertThat(service.get(Callers.agent("ag", ORG), a.id())).isEqualTo(a);
    }

    @Test
    void statementImpliesItsCategory() {
        ImprovementAction a = service.create(sm, command(null, null, "COM_3", "Eerlijk zijn over fouten"));
        assertThat(a.category()).isEqualTo(Category.COMMUNICATION);
        ImprovementAction bare = service.create(sm, new ActionCommand(ORG, null, " ", " ", "Alleen tekst", null, null, " "));
        assertThat(bare.category()).isNull();
        assertThat(bare.statementKey()).isNull();
        assertThat(bare.linkedIssueKey()).isNull();
        assertThat(bare.ownerKey()).isNull();
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        ActionCommand bad = new ActionCommand(ORG, otherOrgRound.id(), "KINDNESS", "XYZ_1", " ", "o".repeat(256), null,
                "itsm-42");
        assertThat(fieldErrors(() -> service.create(sm, bad))).containsExactly(
                new FieldError("text", "xla.error.field.required"),
                new FieldError("category", "xla.error.field.invalidChoice",
                        "RELIABILITY, ASSURANCE, PARTNERSHIP, EMPATHY, COMMUNICATION"),
                new FieldError("roundId", "xla.error.action.roundInvalid"),
                new FieldError("statementKey", "xla.error.action.unknownStatement"),
                new FieldError("linkedIssueKey", "xla.error.action.issueKeyFormat"),
                new FieldError("ownerKey", "xla.error.field.tooLong", "255"));
        assertThat(f.actions.listByOrganisation(ORG, null, PageRequest.first(10)).total()).isZero();
    }

    @Test
    void textLengthAndIssueKeyFormats() {
        assertThat(fieldsAndKeys(() -> service.create(sm, command(null, null, null, "t".repeat(2001)))))
                .containsExactly("text=xla.error.field.tooLong");
        assertThat(service.create(sm, command(null, null, null, "t".repeat(2000))).text()).hasSize(2000);
        for (String bad : new String[] {"ITSM42", "I-1", "1TSM-4", "ITSM-", "ITSM-4a", "IT SM-4"}) {
            assertThat(fieldsAndKeys(() -> service.create(sm, new ActionCommand(ORG, null, null, null, "x", null, null, bad))))
                    .as(bad).containsExactly("linkedIssueKey=xla.error.action.issueKeyFormat");
        }
        assertThat(service.create(sm, new ActionCommand(ORG, null, null, null, "x", null, null, "ZORG_2-123"))
                .linkedIssueKey()).isEqualTo("ZORG_2-123");
    }

    @Test
    void unknownRoundIsAFieldError() {
        assertThat(fieldsAndKeys(() -> service.create(sm, command(999L, null, null, "x"))))
                .containsExactly("roundId=xla.error.action.roundInvalid");
    }

    @Test
    void statementMustMatchTheGivenCategory() {
        assertThat(fieldErrors(() -> service.create(sm, command(round.id(), "EMPATHY", "REL_2", "x")))).containsExactly(
                new FieldError("statementKey", "xla.error.action.statementCategoryMismatch"));
    }

    @Test
    void updateReplacesEditableFieldsAndKeepsTheRest() {
        ImprovementAction a = created();
        ImprovementAction updated = service.update(sm, a.id(), a.version(),
                new ActionCommand(ORG, null, "EMPATHY", null, "Nachtdienst voorrang geven", "sm2", null, null));
        assertThat(updated.version()).isEqualTo(a.version() + 1);
        assertThat(updated.text()).isEqualTo("Nachtdienst voorrang geven");
        assertThat(updated.category()).isEqualTo(Category.EMPATHY);
        assertThat(updated.roundId()).isNull();
        assertThat(updated.ownerKey()).isEqualTo("sm2");
        assertThat(updated.createdBy()).isEqualTo("sm1");
        assertThat(updated.state()).isEqualTo(ActionState.OPEN);
    }

    @Test
    void updateCannotMoveAnActionToAnotherOrganisation() {
        ImprovementAction a = created();
        assertThat(fieldsAndKeys(() -> service.update(sm, a.id(), a.version(),
                new ActionCommand(OTHER_ORG, null, null, null, "", null, null, null)))).containsExactly(
                "organisationId=xla.error.action.organisationChanged", "text=xla.error.field.required");
    }

    @Test
    void staleVersionConflicts() {
        ImprovementAction a = created();
        service.update(sm, a.id(), a.version(), command(null, null, null, "Nieuw"));
        assertThatThrownBy(() -> service.update(sm, a.id(), a.version(), command(null, null, null, "Ouder")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("version"));
        assertThatThrownBy(() -> service.setState(sm, a.id(), a.version(), ActionState.DONE))
                .isInstanceOf(ConflictException.class);
        assertThat(service.get(sm, a.id()).text()).isEqualTo("Nieuw");
    }

    @Test
    void doneAndBackToOpen() {
        ImprovementAction a = created();
        ImprovementAction done = service.setState(sm, a.id(), a.version(), ActionState.DONE);
        assertThat(done.state()).isEqualTo(ActionState.DONE);
        assertThat(done.doneAt()).isEqualTo(CoreFixture.NOW);
        assertThat(service.setState(sm, a.id(), done.version(), ActionState.DONE)).isEqualTo(done);
        ImprovementAction reopened = service.setState(sm, a.id(), done.version(), ActionState.OPEN);
        assertThat(reopened.state()).isEqualTo(ActionState.OPEN);
        assertThat(reopened.doneAt()).isNull();
        assertThatThrownBy(() -> service.setState(sm, a.id(), reopened.version(), null))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void listFiltersByState() {
        ImprovementAction a = created();
        ImprovementAction b = service.create(sm, command(null, null, null, "Tweede"));
        service.setState(sm, a.id(), a.version(), ActionState.DONE);
        assertThat(service.list(Callers.agent("ag", ORG), ORG, ActionState.OPEN, PageRequest.first(10)).items())
                .extracting(ImprovementAction::id).containsExactly(b.id());
        assertThat(service.list(sm, ORG, null, PageRequest.first(10)).total()).isEqualTo(2);
    }

    @Test
    void permissions() {
        ImprovementAction a = created();
        Caller agent = Callers.agent("ag", ORG);
        Caller stranger = Callers.agent("ag2", OTHER_ORG);
        assertThatThrownBy(() -> service.create(agent, command(null, null, null, "x"))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.update(agent, a.id(), a.version(), command(null, null, null, "x")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.setState(agent, a.id(), a.version(), ActionState.DONE))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.get(stranger, a.id()))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("xla.error.action.notFound"));
        assertThatThrownBy(() -> service.setState(stranger, a.id(), a.version(), ActionState.DONE))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.list(stranger, ORG, null, PageRequest.first(10))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.create(Callers.admin(), new ActionCommand(77, null, null, null, "x", null, null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.create(sm, null)).isInstanceOf(ValidationException.class);
        assertThat(service.get(sm, a.id()).version()).isEqualTo(a.version());
    }

    @Test
    void anUnknownOrganisationIsNotFoundAlsoForThoseWhoSeeAll() {
        assertThatThrownBy(() -> service.list(Callers.admin(), 987654, null, PageRequest.first(10)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.list(Callers.serviceManager("sm"), 987654, null, PageRequest.first(10)))
                .isInstanceOf(NotFoundException.class);
    }
}
