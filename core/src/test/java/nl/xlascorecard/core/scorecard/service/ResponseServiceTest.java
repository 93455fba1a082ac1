package nl.xlascorecard.core.scorecard.service;

import static nl.xlascorecard.core.shared.ValidationAssertions.fieldErrors;
import static nl.xlascorecard.core.shared.ValidationAssertions.fieldsAndKeys;
import static nl.xlascorecard.core.testing.CoreFixture.ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.scorecard.domain.Category;
import nl.xlascorecard.core.scorecard.domain.DefaultTemplate;
import nl.xlascorecard.core.scorecard.domain.LocalizedText;
import nl.xlascorecard.core.scorecard.domain.RespondentRole;
import nl.xlascorecard.core.scorecard.domain.Response;
import nl.xlascorecard.core.scorecard.domain.Round;
import nl.xlascorecard.core.scorecard.domain.RoundKind;
import nl.xlascorecard.core.scorecard.domain.RoundState;
import nl.xlascorecard.core.scorecard.domain.ScorecardTemplate;
import nl.xlascorecard.core.scorecard.domain.TemplateCategory;
import nl.xlascorecard.core.scorecard.domain.TemplateStatement;
import nl.xlascorecard.core.scorecard.port.in.RecordResponses.SubmitResponseCommand;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.ConflictException;
import nl.xlascorecard.core.shared.FieldError;
import nl.xlascorecard.core.shared.ForbiddenException;
import nl.xlascorecard.core.shared.NotFoundException;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.core.testing.Callers;
import nl.xlascorecard.core.testing.CoreFixture;
import nl.xlascorecard.core.testing.Rounds;

class ResponseServiceTest {

    private final CoreFixture f = new CoreFixture();
    private final ResponseService service = new ResponseService(f.responses, f.rounds, f.roundAccess, f.templateVersions, f.tx,
            f.clock);
    private final Caller sm = Callers.serviceManager("sm1");

    private Round round(RoundState state, boolean anonymous) {
        return f.rounds.store(Rounds.withInvitations(
                Rounds.round(ORG, RoundKind.PERIODIC, state, "2026-03-02", "2026-03-22"), 20, anonymous));
    }

    private static SubmitResponseCommand command(String role, String ref, String name, Map<String, Integer> scores) {
        return new SubmitResponseCommand(role, ref, name, scores, Map.of(), null);
    }

    @Test
    void storesAValidResponseLeavingOutNoOpinion() {
        Round round = round(RoundState.OPEN, false);
        Map<String, Integer> scores = new HashMap<>();
        scores.put("REL_1", 80);
        scores.put("COM_5", 1);
        scores.put("EMP_2", null);
        Response stored = service.submit(sm, round.id(), new SubmitResponseCommand(" end_user ", " F-12 ", " Anna de Vries ",
                scores, Map.of(Category.EMPATHY, "  Fijne samenwerking  ", Category.ASSURANCE, "   "), " Sneller terugbellen "));
        assertThat(stored.id()).isPositive();
        assertThat(stored.role()).isEqualTo(RespondentRole.END_USER);
        assertThat(stored.respondentRef()).isEqualTo("F-12");
        assertThat(stored.respondentName()).isEqualTo("Anna de Vries");
        assertThat(stored.scores()).isEqualTo(Map.of("REL_1", 80, "COM_5", 1));
        assertThat(stored.comments()).isEqualTo(Map.of(Category.EMPATHY, "Fijne samenwerking"));
        assertThat(stored.onePointBetter()).isEqualTo("Sneller terugbellen");
        assertThat(stored.submittedAt()).isEqualTo(CoreFixture.NOW);
        assertThat(service.list(sm, round.id(), PageRequest.first(10)).items()).containsExactly(stored);
    }

    @Test
    void resubmittingWithTheSameRefReplaces() {
        Round round = round(RoundState.OPEN, false);
        Response first = service.submit(sm, round.id(), command("ICT_MANAGER", "F-1", null, Map.of("REL_1", 40)));
        Response second = service.submit(sm, round.id(), command("ICT_MANAGER", "F-1", null, Map.of("REL_1", 70)));
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(f.responses.listAll(round.id())).extracting(r -> r.scores().get("REL_1")).containsExactly(70);
        service.submit(sm, round.id(), command("ICT_MANAGER", null, null, Map.of("REL_1", 70)));
        service.submit(sm, round.id(), command("ICT_MANAGER", null, null, Map.of("REL_1", 70)));
        assertThat(f.responses.count(round.id())).isEqualTo(3);
    }

    @Test
    void collectsEveryFieldErrorOfOneRequest() {
        Round round = round(RoundState.OPEN, false);
        Map<String, Integer> scores = new HashMap<>();
        scores.put("REL_1", 0);
        scores.put("REL_2", 101);
        scores.put("XYZ_9", 50);
        scores.put("ASS_1", 100);
        SubmitResponseCommand bad = new SubmitResponseCommand("MANAGER", "r".repeat(101), "n".repeat(256), scores,
                Map.of(Category.COMMUNICATION, "c".repeat(4001)), "o".repeat(4001));
        assertThat(fieldErrors(() -> service.submit(sm, round.id(), bad))).containsExactly(
                new FieldError("role", "xla.error.field.invalidChoice", "ICT_MANAGER, END_USER, EXECUTIVE"),
                new FieldError("respondentRef", "xla.error.field.tooLong", "100"),
                new FieldError("respondentName", "xla.error.field.tooLong", "255"),
                new FieldError("scores.REL_1", "xla.error.field.range", "1", "100"),
                new FieldError("scores.REL_2", "xla.error.field.range", "1", "100"),
                new FieldError("scores.XYZ_9", "xla.error.response.unknownStatement"),
                new FieldError("comments.COMMUNICATION", "xla.error.field.tooLong", "4000"),
                new FieldError("onePointBetter", "xla.error.field.tooLong", "4000"));
        assertThat(f.responses.count(round.id())).isZero();
    }

    @Test
    void limitsAreInclusive() {
        Round round = round(RoundState.OPEN, false);
        Response r = service.submit(sm, round.id(), new SubmitResponseCommand("EXECUTIVE", "r".repeat(100),
                "n".repeat(255), Map.of("REL_1", 1, "REL_2", 100), Map.of(Category.COMMUNICATION, "c".repeat(4000)),
                "o".repeat(4000)));
        assertThat(r.scores()).containsEntry("REL_2", 100);
    }

    @Test
    void roleIsRequired() {
        Round round = round(RoundState.OPEN, false);
        assertThat(fieldsAndKeys(() -> service.submit(sm, round.id(), command(null, null, null, Map.of("REL_1", 50)))))
                .containsExactly("role=xla.error.field.required");
        assertThat(fieldsAndKeys(() -> service.submit(sm, round.id(), command(" ", null, null, Map.of("REL_1", 50)))))
                .containsExactly("role=xla.error.field.required");
    }

    @Test
    void needsAtLeastOneScoreOrComment() {
        Round round = round(RoundState.OPEN, false);
        Map<String, Integer> onlyNoOpinion = new HashMap<>();
        onlyNoOpinion.put("REL_1", null);
        assertThat(fieldsAndKeys(() -> service.submit(sm, round.id(), new SubmitResponseCommand("END_USER", null, null,
                onlyNoOpinion, Map.of(Category.EMPATHY, "  "), " ")))).containsExactly("scores=xla.error.response.empty");
        assertThat(fieldsAndKeys(() -> service.submit(sm, round.id(), new SubmitResponseCommand("END_USER", null, null,
                null, null, null)))).containsExactly("scores=xla.error.response.empty");
        Response commentOnly = service.submit(sm, round.id(), new SubmitResponseCommand("END_USER", null, null, null,
                Map.of(Category.EMPATHY, "Goed"), null));
        assertThat(commentOnly.scores()).isEmpty();
        Response answerOnly = service.submit(sm, round.id(), new SubmitResponseCommand("END_USER", null, null, null,
                null, "Vaker langskomen"));
        assertThat(answerOnly.onePointBetter()).isEqualTo("Vaker langskomen");
    }

    @Test
    void storesTheRelationshipQuestionWithItsComment() {
        Round round = round(RoundState.OPEN, false);
        Response stored = service.submit(sm, round.id(), new SubmitResponseCommand("EXECUTIVE", "F-9", null,
                Map.of("REL_1", 70), Map.of(), null, 8, "  Goede partner, <b>soms traag</b>  "));
        assertThat(stored.recommendation()).isEqualTo(8);
        assertThat(stored.recommendationComment()).isEqualTo("Goede partner, <b>soms traag</b>");
        assertThat(f.responses.recommendationCounts(round.id())[8]).isEqualTo(1);
        Response unanswered = service.submit(sm, round.id(), command("END_USER", null, null, Map.of("REL_1", 70)));
        assertThat(unanswered.recommendation()).isNull();
        assertThat(unanswered.recommendationComment()).isNull();
    }

    @Test
    void theRelationshipQuestionAloneIsAResponse() {
        Round round = round(RoundState.OPEN, false);
        Response zero = service.submit(sm, round.id(), new SubmitResponseCommand("END_USER", null, null, null, null,
                null, 0, null));
        assertThat(zero.recommendation()).isZero();
        assertThat(zero.scores()).isEmpty();
        Response commentOnly = service.submit(sm, round.id(), new SubmitResponseCommand("END_USER", null, null, null,
                null, null, null, "Zou ik niet aanraden"));
        assertThat(commentOnly.recommendationComment()).isEqualTo("Zou ik niet aanraden");
    }

    @Test
    void recommendationOutsideZeroToTenOrTooLongACommentIsRefusedAndNothingStored() {
        Round round = round(RoundState.OPEN, false);
        for (int answer : new int[] {-1, 11, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            assertThat(fieldErrors(() -> service.submit(sm, round.id(), new SubmitResponseCommand("END_USER", null, null,
                    Map.of("REL_1", 50), Map.of(), null, answer, null)))).as("answer " + answer)
                    .containsExactly(new FieldError("recommendation", "xla.error.field.range", "0", "10"));
        }
        assertThat(fieldErrors(() -> service.submit(sm, round.id(), new SubmitResponseCommand("END_USER", null, null,
                Map.of("REL_1", 50), Map.of(), null, 10, "x".repeat(4001)))))
                .containsExactly(new FieldError("recommendationComment", "xla.error.field.tooLong", "4000"));
        assertThat(f.responses.count(round.id())).isZero();
        Response limits = service.submit(sm, round.id(), new SubmitResponseCommand("END_USER", null, null, null,
                null, null, 10, "x".repeat(4000)));
        assertThat(limits.recommendationComment()).hasSize(4000);
    }

    @Test
    void anonymousRoundsRefuseAndNeverStoreNames() {
        Round round = round(RoundState.OPEN, true);
        assertThat(fieldsAndKeys(() -> service.submit(sm, round.id(), command("END_USER", "F-1", "Anna", Map.of("REL_1", 50)))))
                .containsExactly("respondentName=xla.error.response.nameInAnonymousRound");
        Response stored = service.submit(sm, round.id(), command("END_USER", "F-1", "  ", Map.of("REL_1", 50)));
        assertThat(stored.respondentName()).isNull();
    }

    @Test
    void anonymousRoundsTakeOnlyAFormNumberAsReference() {
        Round round = round(RoundState.OPEN, true);
        for (String ref : List.of("anna@example.org", "Anna de Vries", "F-" + "1".repeat(19), "form#1")) {
            assertThat(fieldsAndKeys(() -> service.submit(sm, round.id(), command("END_USER", ref, null, Map.of("REL_1", 50)))))
                    .as(ref).containsExactly("respondentRef=xla.error.response.refInAnonymousRound");
        }
        assertThat(service.submit(sm, round.id(), command("END_USER", " FORM-12_a ", null, Map.of("REL_1", 50)))
                .respondentRef()).isEqualTo("FORM-12_a");
        // In a round that is not anonymous the reference may be an invitation or e-mail address.
        Round named = round(RoundState.OPEN, false);
        assertThat(service.submit(sm, named.id(), command("END_USER", "anna@example.org", "Anna", Map.of("REL_1", 50)))
                .respondentRef()).isEqualTo("anna@example.org");
    }

    @Test
    void scoresAreCheckedAgainstTheRoundsOwnTemplateVersion() {
        // Version 2 renames REL_1 to REL_9; a round on version 1 still takes REL_1 and refuses REL_9.
        List<TemplateCategory> categories = new ArrayList<>(DefaultTemplate.categories());
        TemplateCategory rel = categories.get(0);
        List<TemplateStatement> statements = new ArrayList<>(rel.statements());
        statements.set(0, new TemplateStatement("REL_9", new LocalizedText("a", "b")));
        categories.set(0, new TemplateCategory(rel.category(), rel.name(), rel.description(), statements));
        f.templates.put(new ScorecardTemplate(2, CoreFixture.NOW, "admin", categories));

        Round round = round(RoundState.OPEN, false);
        assertThat(round.templateVersion()).isEqualTo(1);
        assertThat(service.submit(sm, round.id(), command("END_USER", null, null, Map.of("REL_1", 50))).scores())
                .containsKey("REL_1");
        assertThat(fieldsAndKeys(() -> service.submit(sm, round.id(), command("END_USER", null, null, Map.of("REL_9", 50)))))
                .containsExactly("scores.REL_9=xla.error.response.unknownStatement");
    }

    @Test
    void onlyOpenRoundsAcceptResponses() {
        for (RoundState state : List.of(RoundState.PLANNED, RoundState.CLOSED)) {
            Round round = round(state, false);
            assertThatThrownBy(() -> service.submit(sm, round.id(), command("END_USER", null, null, Map.of("REL_1", 50))))
                    .isInstanceOfSatisfying(ConflictException.class, e -> {
                        assertThat(e.field()).isEqualTo("round");
                        assertThat(e.messageKey()).isEqualTo("xla.error.round.notAcceptingResponses");
                    });
        }
    }

    @Test
    void permissions() {
        Round round = round(RoundState.OPEN, false);
        SubmitResponseCommand ok = command("END_USER", null, null, Map.of("REL_1", 50));
        assertThatThrownBy(() -> service.submit(Callers.agent("ag", ORG), round.id(), ok)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.list(Callers.agent("ag", ORG), round.id(), PageRequest.first(5)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.submit(Callers.customer("c", ORG), round.id(), ok)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.submit(sm, 999, ok)).isInstanceOf(NotFoundException.class);
        assertThat(f.responses.count(round.id())).isZero();
    }
}
