package nl.xlascorecard.core.followup.service;

import static nl.xlascorecard.core.shared.ValidationAssertions.fieldsAndKeys;
import static nl.xlascorecard.core.testing.CoreFixture.ORG;
import static nl.xlascorecard.core.testing.CoreFixture.OTHER_ORG;
import static nl.xlascorecard.core.testing.FollowUpFixture.observation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.action.domain.ImprovementAction;
import nl.xlascorecard.core.followup.domain.CallOutcome;
import nl.xlascorecard.core.followup.domain.FollowUp;
import nl.xlascorecard.core.followup.domain.FollowUpSettings;
import nl.xlascorecard.core.followup.domain.FollowUpState;
import nl.xlascorecard.core.followup.domain.FollowUpView;
import nl.xlascorecard.core.followup.port.in.WorkFollowUps.CallLog;
import nl.xlascorecard.core.followup.port.in.WorkFollowUps.NewAction;
import nl.xlascorecard.core.followup.port.in.WorkFollowUps.QueueFilter;
import nl.xlascorecard.core.scorecard.domain.Category;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.ConflictException;
import nl.xlascorecard.core.shared.ForbiddenException;
import nl.xlascorecard.core.shared.NotFoundException;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.core.shared.calendar.BusinessCalendarConfig;
import nl.xlascorecard.core.testing.Callers;
import nl.xlascorecard.core.testing.FollowUpFixture;

/**
 * Four follow-ups at Wed 4 March 2026 10:00 local (09:00Z), due times by the default calendar:
 * <ul>
 * <li>ITSM-2 (org 1): rated Mon 15:00 local, due Tue 15:00 local: overdue by 2 h + 1.5 h = 3.5 h</li>
 * <li>ITSM-1 (org 1): rated Tue 15:00 local, due Wed 15:00 local: 5 h left</li>
 * <li>ITSM-3 (org 2, no service manager): rated Wed 09:00 local, due Thu 09:00 local: 7 h + 0.5 h left</li>
 * <li>ITSM-4 (org 1): rated Wed 10:00 local, due Thu 10:00 local: 8.5 h left</li>
 * </ul>
 */
class FollowUpWorkServiceTest {

    private final FollowUpFixture f = new FollowUpFixture();
    private final Caller admin = Callers.admin();
    private final Caller sm = Callers.serviceManager("sm1");
    private final Caller agent = Callers.agent("ag1", ORG);
    private final FollowUp itsm1 = open("ITSM-1", "2026-03-03T14:00:00Z", ORG);
    private final FollowUp itsm2 = open("ITSM-2", "2026-03-02T14:00:00Z", ORG);
    private final FollowUp itsm3 = open("ITSM-3", "2026-03-04T08:00:00Z", OTHER_ORG);
    private final FollowUp itsm4 = open("ITSM-4", "2026-03-04T09:00:00Z", ORG);

    private FollowUp open(String key, String ratedAt, long organisation) {
        return f.recorder.record(observation(key, 1, ratedAt, List.of(organisation))).followUp().orElseThrow();
    }

    private List<String> queueKeys(Caller caller, QueueFilter filter) {
        return f.work.queue(caller, filter, PageRequest.first(25)).items().stream()
                .map(v -> v.followUp().requestKey()).toList();
    }

    private static CallLog call(String outcome, int attempts, String contactedAt) {
        return new CallLog(outcome, attempts, "Klant gebeld over de trage afhandeling",
                "Wekelijks overleg over openstaande meldingen", contactedAt == null ? null : Instant.parse(contactedAt),
                null);
    }

    @Test
    void theQueueShowsOpenFollowUpsLeastTimeLeftFirst() {
        List<FollowUpView> queue = f.work.queue(admin, QueueFilter.none(), PageRequest.first(25)).items();

        assertThat(queue).extracting(v -> v.followUp().requestKey()).containsExactly("ITSM-2", "ITSM-1", "ITSM-3",
                "ITSM-4");
        assertThat(queue).extracting(FollowUpView::timeLeft).containsExactly(Duration.ofMinutes(-210),
                Duration.ofHours(5), Duration.ofMinutes(450), Duration.ofMinutes(510));
        assertThat(queue).extracting(FollowUpView::overdue).containsExactly(true, false, false, false);
        assertThat(queue).allMatch(FollowUpView::clockRunning);
        assertThat(queue.get(1).followUp().dueAt()).isEqualTo(Instant.parse("2026-03-04T14:00:00Z"));
    }

    @Test
    void theClockStopsOutsideOpeningHours() {
        f.clock.set(Instant.parse("2026-03-04T18:00:00Z")); // Wed 19:00 local
        FollowUpView v = f.work.get(admin, itsm4.id());
        assertThat(v.clockRunning()).isFalse();
        assertThat(v.timeLeft()).isEqualTo(Duration.ofMinutes(90)); // Thu 08:30-10:00
    }

    @Test
    void everyoneSeesTheFollowUpsOfTheOrganisationsTheySee() {
        assertThat(queueKeys(agent, QueueFilter.none())).containsExactly("ITSM-2", "ITSM-1", "ITSM-4");
        assertThat(queueKeys(Callers.agent("ag2", OTHER_ORG), QueueFilter.none())).containsExactly("ITSM-3");
        assertThat(queueKeys(sm, QueueFilter.none())).containsExactly("ITSM-2", "ITSM-1", "ITSM-3", "ITSM-4");
        f.core.limitServiceManagers();
        assertThat(queueKeys(sm, QueueFilter.none())).containsExactly("ITSM-2", "ITSM-1", "ITSM-4");
        assertThat(queueKeys(Callers.serviceManager("sm9"), QueueFilter.none())).isEmpty();
        assertThat(queueKeys(admin, QueueFilter.none())).hasSize(4);
        assertThatThrownBy(() -> f.work.queue(Callers.customer("cust1", ORG), QueueFilter.none(), PageRequest.first(25)))
                .isInstanceOf(ForbiddenException.class)
                .extracting(e -> ((ForbiddenException) e).messageKey()).isEqualTo("xla.error.permission.followUps");
    }

    @Test
    void theQueueFiltersByOrganisationAndAssignee() {
        f.work.reassign(sm, itsm1.id(), itsm1.version(), "sm2");

        assertThat(queueKeys(admin, new QueueFilter(OTHER_ORG, null, false))).containsExactly("ITSM-3");
        assertThat(queueKeys(admin, new QueueFilter(null, " sm2 ", false))).containsExactly("ITSM-1");
        assertThat(queueKeys(admin, new QueueFilter(null, "sm1", false))).containsExactly("ITSM-2", "ITSM-4");
        assertThat(queueKeys(admin, new QueueFilter(null, null, true))).containsExactly("ITSM-3");
        assertThat(queueKeys(admin, new QueueFilter(ORG, null, true))).isEmpty();
        assertThat(queueKeys(admin, null)).hasSize(4);
        assertThatThrownBy(() -> queueKeys(agent, new QueueFilter(OTHER_ORG, null, false)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> queueKeys(admin, new QueueFilter(99L, null, false)))
                .isInstanceOf(NotFoundException.class);
        assertThat(fieldsAndKeys(() -> queueKeys(admin, new QueueFilter(null, "sm1", true)))).containsExactly(
                "assigneeKey=xla.error.followUp.assigneeFilter");
        assertThat(fieldsAndKeys(() -> queueKeys(admin, new QueueFilter(null, "k".repeat(256), false))))
                .containsExactly("assigneeKey=xla.error.field.tooLong");
    }

    @Test
    void aReachedCustomerClosesTheFollowUp() {
        f.clock.set(Instant.parse("2026-03-04T13:00:00Z"));
        FollowUpView v = f.work.logCall(agent, itsm4.id(), 0, call("reached", 1, "2026-03-04T12:30:00Z"));

        FollowUp done = v.followUp();
        assertThat(done.state()).isEqualTo(FollowUpState.DONE);
        assertThat(done.outcome()).isEqualTo(CallOutcome.REACHED);
        assertThat(done.attempts()).isEqualTo(1);
        assertThat(done.contactedAt()).isEqualTo(Instant.parse("2026-03-04T12:30:00Z"));
        assertThat(done.doneAt()).isEqualTo(Instant.parse("2026-03-04T12:30:00Z"));
        assertThat(done.notes()).isEqualTo("Klant gebeld over de trage afhandeling");
        assertThat(done.agreement()).isEqualTo("Wekelijks overleg over openstaande meldingen");
        assertThat(done.version()).isEqualTo(1);
        // closed Wed 13:30 local, due Thu 10:00 local: 3.5 h + 1.5 h to spare
        assertThat(v.timeLeft()).isEqualTo(Duration.ofHours(5));
        assertThat(v.overdue()).isFalse();
        assertThat(v.clockRunning()).isFalse();
        assertThat(done.doneWithinWindow()).isTrue();
        assertThat(queueKeys(admin, QueueFilter.none())).doesNotContain("ITSM-4");
        assertThat(f.work.get(agent, itsm4.id())).isEqualTo(v);
    }

    @Test
    void notReachedStaysOpenUntilTheMaximumAttempts() {
        FollowUpView first = f.work.logCall(sm, itsm4.id(), 0, call("NOT_REACHED", 1, "2026-03-04T09:00:00Z"));
        assertThat(first.followUp().state()).isEqualTo(FollowUpState.OPEN);
        assertThat(first.followUp().outcome()).isEqualTo(CallOutcome.NOT_REACHED);
        assertThat(first.followUp().attempts()).isEqualTo(1);
        assertThat(first.followUp().doneAt()).isNull();
        assertThat(first.followUp().contactedAt()).isEqualTo(Instant.parse("2026-03-04T09:00:00Z"));

        f.clock.advance(Duration.ofHours(2));
        CallLog second = new CallLog("NOT_REACHED", 2, " ", null, null, null);
        FollowUp closed = f.work.logCall(sm, itsm4.id(), 1, second).followUp();
        // 1 + 2 attempts = the default maximum of 3
        assertThat(closed.state()).isEqualTo(FollowUpState.DONE);
        assertThat(closed.outcome()).isEqualTo(CallOutcome.NOT_REACHED);
        assertThat(closed.attempts()).isEqualTo(3);
        assertThat(closed.contactedAt()).isEqualTo(Instant.parse("2026-03-04T09:00:00Z"));
        assertThat(closed.doneAt()).isEqualTo(Instant.parse("2026-03-04T11:00:00Z"));
        // blank notes keep what was written before
        assertThat(closed.notes()).isEqualTo("Klant gebeld over de trage afhandeling");
        assertThat(closed.agreement()).isEqualTo("Wekelijks overleg over openstaande meldingen");
    }

    @Test
    void theMaximumAttemptsIsASettingAndReachingTheCustomerAlwaysCloses() {
        f.settings.put(new FollowUpSettings(2, 510, 120, 5, 14, BusinessCalendarConfig.defaults()));
        FollowUp stillOpen = f.work.logCall(sm, itsm4.id(), 0, call("NOT_REACHED", 4, null)).followUp();
        assertThat(stillOpen.state()).isEqualTo(FollowUpState.OPEN);
        assertThat(stillOpen.contactedAt()).isEqualTo(f.clock.instant());
        FollowUp reached = f.work.logCall(sm, itsm4.id(), 1, call("REACHED", 1, null)).followUp();
        assertThat(reached.state()).isEqualTo(FollowUpState.DONE);
        assertThat(reached.attempts()).isEqualTo(5);
    }

    @Test
    void aCallCannotBeLoggedTwiceNorOnAClosedFollowUp() {
        f.work.logCall(agent, itsm4.id(), 0, call("REACHED", 1, null));
        assertThatThrownBy(() -> f.work.logCall(agent, itsm4.id(), 0, call("REACHED", 1, null)))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).messageKey()).isEqualTo("xla.error.version.stale");
        assertThatThrownBy(() -> f.work.logCall(agent, itsm4.id(), 1, call("REACHED", 1, null)))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).messageKey()).isEqualTo("xla.error.followUp.closed");
        assertThatThrownBy(() -> f.work.reassign(sm, itsm4.id(), 1, "sm2"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void reportsEveryInvalidFieldOfACallAtOnceAndChangesNothing() {
        CallLog bad = new CallLog("VOICEMAIL", 0, "n".repeat(4001), "a".repeat(4001),
                Instant.parse("2026-03-04T09:05:01Z"), null);
        assertThat(fieldsAndKeys(() -> f.work.logCall(agent, itsm4.id(), 0, bad))).containsExactly(
                "outcome=xla.error.field.invalidChoice",
                "attempts=xla.error.field.range",
                "notes=xla.error.field.tooLong",
                "agreement=xla.error.field.tooLong",
                "contactedAt=xla.error.followUp.contactedInFuture");
        assertThat(fieldsAndKeys(() -> f.work.logCall(agent, itsm4.id(), 0,
                new CallLog(" ", 21, null, null, Instant.parse("2026-03-04T08:59:59Z"), null)))).containsExactly(
                "outcome=xla.error.field.required",
                "attempts=xla.error.field.range",
                "contactedAt=xla.error.followUp.contactedBeforeRating");
        assertThat(fieldsAndKeys(() -> f.work.logCall(agent, itsm4.id(), 0, null))).containsExactly(
                "call=xla.error.field.required");
        assertThat(f.followUps.find(itsm4.id()).orElseThrow()).isEqualTo(itsm4);
    }

    @Test
    void aCallTimeWithinTheClockSkewCountsAsNow() {
        FollowUp done = f.work.logCall(agent, itsm4.id(), 0,
                call("REACHED", 1, "2026-03-04T09:04:59Z")).followUp();
        assertThat(done.contactedAt()).isEqualTo(f.clock.instant());
        FollowUp other = f.work.logCall(agent, itsm1.id(), 0,
                new CallLog("REACHED", 1, "n".repeat(4000), null, null, null)).followUp();
        assertThat(other.notes()).hasSize(4000);
    }

    @Test
    void onlyThoseWhoSeeTheOrganisationMayLogACall() {
        assertThatThrownBy(() -> f.work.logCall(Callers.agent("ag2", OTHER_ORG), itsm4.id(), 0, call("REACHED", 1, null)))
                .isInstanceOf(NotFoundException.class)
                .extracting(e -> ((NotFoundException) e).messageKey()).isEqualTo("xla.error.followUp.notFound");
        assertThatThrownBy(() -> f.work.logCall(Callers.customer("cust1", ORG), itsm4.id(), 0, call("REACHED", 1, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.work.logCall(agent, 999, 0, call("REACHED", 1, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.work.get(Callers.agent("ag2", OTHER_ORG), itsm4.id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(f.followUps.find(itsm4.id()).orElseThrow()).isEqualTo(itsm4);
    }

    @Test
    void aServiceManagerTurnsTheCallIntoAnImprovementAction() {
        NewAction action = new NewAction("  Wekelijks overleg over openstaande meldingen  ", "communication", "sm1",
                LocalDate.parse("2026-04-01"));
        FollowUp done = f.work.logCall(sm, itsm4.id(), 0, new CallLog("REACHED", 1, null, null, null, action))
                .followUp();

        ImprovementAction created = f.actions.get(sm, done.improvementActionId());
        assertThat(created.organisationId()).isEqualTo(ORG);
        assertThat(created.text()).isEqualTo("Wekelijks overleg over openstaande meldingen");
        assertThat(created.category()).isEqualTo(Category.COMMUNICATION);
        assertThat(created.due()).isEqualTo(LocalDate.parse("2026-04-01"));
    }

    @Test
    void anAgentMayLogACallButNotMakeAnImprovementAction() {
        NewAction action = new NewAction("Iets verbeteren", null, null, null);
        assertThatThrownBy(() -> f.work.logCall(agent, itsm4.id(), 0, new CallLog("REACHED", 1, null, null, null, action)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(f.followUps.find(itsm4.id()).orElseThrow()).isEqualTo(itsm4);
        assertThat(f.core.actions.listByOrganisation(ORG, null, PageRequest.first(10)).total()).isZero();
    }

    @Test
    void errorsOfTheImprovementActionAreReportedUnderAction() {
        NewAction action = new NewAction(" ", "KINDNESS", null, null);
        assertThat(fieldsAndKeys(() -> f.work.logCall(sm, itsm4.id(), 0,
                new CallLog("REACHED", 1, null, null, null, action)))).containsExactly(
                "action.text=xla.error.field.required",
                "action.category=xla.error.field.invalidChoice");
        assertThat(f.followUps.find(itsm4.id()).orElseThrow().isOpen()).isTrue();
    }

    @Test
    void serviceManagersReassignToAPersonOrTheGroup() {
        FollowUp toSm2 = f.work.reassign(sm, itsm1.id(), 0, " sm2 ").followUp();
        assertThat(toSm2.assigneeKey()).isEqualTo("sm2");
        FollowUp toGroup = f.work.reassign(admin, itsm1.id(), 1, "  ").followUp();
        assertThat(toGroup.assigneeKey()).isNull();
        assertThat(toGroup.version()).isEqualTo(2);
        assertThatThrownBy(() -> f.work.reassign(agent, itsm1.id(), 2, "ag1"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> f.work.reassign(Callers.agent("ag2", OTHER_ORG), itsm1.id(), 2, "ag1"))
                .isInstanceOf(NotFoundException.class);
        assertThat(fieldsAndKeys(() -> f.work.reassign(sm, itsm1.id(), 2, "k".repeat(256)))).containsExactly(
                "assigneeKey=xla.error.field.tooLong");
        assertThatThrownBy(() -> f.work.reassign(sm, itsm1.id(), 1, "sm2")).isInstanceOf(ConflictException.class);
    }

    @Test
    void theFollowUpOfARequestForThePanel() {
        assertThat(f.work.forRequest(agent, "ITSM-4")).map(v -> v.followUp().id()).contains(itsm4.id());
        assertThat(f.work.forRequest(agent, "ITSM-3")).isEmpty();
        assertThat(f.work.forRequest(agent, "ITSM-99")).isEmpty();
        assertThat(f.work.forRequest(agent, " ")).isEmpty();
        assertThat(f.work.forRequest(Callers.customer("cust1", ORG), "ITSM-4")).isEmpty();
    }

    @Test
    void pagesTheQueue() {
        assertThat(f.work.queue(admin, QueueFilter.none(), new PageRequest(1, 2)).items())
                .extracting(v -> v.followUp().requestKey()).containsExactly("ITSM-1", "ITSM-3");
        assertThat(f.work.queue(admin, QueueFilter.none(), new PageRequest(1, 2)).total()).isEqualTo(4);
        assertThat(itsm2.id()).isNotEqualTo(itsm3.id());
    }
}
