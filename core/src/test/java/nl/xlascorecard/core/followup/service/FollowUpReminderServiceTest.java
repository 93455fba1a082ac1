package nl.xlascorecard.core.followup.service;

import static nl.xlascorecard.core.testing.CoreFixture.ORG;
import static nl.xlascorecard.core.testing.CoreFixture.OTHER_ORG;
import static nl.xlascorecard.core.testing.FollowUpFixture.observation;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.followup.domain.FollowUp;
import nl.xlascorecard.core.followup.domain.FollowUpNotice;
import nl.xlascorecard.core.followup.domain.FollowUpNotice.Kind;
import nl.xlascorecard.core.followup.domain.FollowUpSettings;
import nl.xlascorecard.core.followup.port.in.SendFollowUpReminders.ReminderReport;
import nl.xlascorecard.core.followup.port.in.WorkFollowUps.CallLog;
import nl.xlascorecard.core.followup.port.out.FollowUpRepository;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.core.shared.calendar.BusinessCalendarConfig;
import nl.xlascorecard.core.testing.Callers;
import nl.xlascorecard.core.testing.FollowUpFixture;
import nl.xlascorecard.core.testing.RecordingNotifier;

/**
 * ITSM-4 of organisation 1 (assignee sm1) is rated Wed 4 March 10:00 local and due Thu 5 March
 * 10:00 local (09:00Z). The reminder lead time is 2 business hours: from Wed 16:30 local (30 minutes
 * before closing plus 1.5 hours on Thursday morning).
 */
class FollowUpReminderServiceTest {

    private final FollowUpFixture f = new FollowUpFixture();
    private final FollowUp itsm4 = f.recorder.record(observation("ITSM-4", 1, "2026-03-04T09:00:00Z")).followUp()
            .orElseThrow();

    private ReminderReport runAt(String utc) {
        f.clock.set(Instant.parse(utc));
        return f.reminders.sendDue();
    }

    @Test
    void theReminderGoesOutWhenTwoBusinessHoursAreLeftAndOnlyOnce() {
        assertThat(runAt("2026-03-04T15:29:00Z")).isEqualTo(new ReminderReport(0, 0, 0));
        assertThat(runAt("2026-03-04T15:30:00Z")).isEqualTo(new ReminderReport(1, 0, 0));
        assertThat(runAt("2026-03-04T15:35:00Z")).isEqualTo(new ReminderReport(0, 0, 0));
        assertThat(runAt("2026-03-05T08:00:00Z")).isEqualTo(new ReminderReport(0, 0, 0));

        FollowUpNotice notice = f.notifier.sent().get(0);
        assertThat(notice.kind()).isEqualTo(Kind.REMINDER);
        assertThat(notice.followUp().id()).isEqualTo(itsm4.id());
        assertThat(notice.organisationName()).isEqualTo("Amstelzorg");
        assertThat(notice.recipientKeys()).containsExactly("sm1");
        assertThat(notice.recipientGroup()).isNull();
        assertThat(f.followUps.find(itsm4.id()).orElseThrow().reminderSentAt())
                .isEqualTo(Instant.parse("2026-03-04T15:30:00Z"));
        // the claim is no edit: the version users work with is unchanged
        assertThat(f.followUps.find(itsm4.id()).orElseThrow().version()).isEqualTo(itsm4.version());
    }

    @Test
    void aRunDuringTheNightRemindsOfAFollowUpDueNextMorning() {
        // Wed 21:00 local: only Thu 08:30-10:00 is left, 1.5 business hours
        assertThat(runAt("2026-03-04T20:00:00Z").reminders()).isEqualTo(1);
    }

    @Test
    void theEscalationGoesOutOnceWhenOverdue() {
        assertThat(runAt("2026-03-05T09:00:00Z")).isEqualTo(new ReminderReport(0, 0, 0));
        assertThat(runAt("2026-03-05T09:00:01Z")).isEqualTo(new ReminderReport(0, 1, 0));
        assertThat(runAt("2026-03-05T12:00:00Z")).isEqualTo(new ReminderReport(0, 0, 0));

        FollowUpNotice notice = f.notifier.sent().get(0);
        assertThat(notice.kind()).isEqualTo(Kind.ESCALATION);
        assertThat(notice.recipientKeys()).containsExactly("sm1");
        assertThat(notice.recipientGroup()).isEqualTo("xla-service-managers");
        assertThat(f.notifier.sent()).hasSize(1);
    }

    @Test
    void aFollowUpOfTheGroupRemindsTheGroup() {
        f.recorder.record(observation("ITSM-5", 2, "2026-03-04T09:00:00Z", List.of(OTHER_ORG)));
        runAt("2026-03-04T15:30:00Z");
        assertThat(f.notifier.sent()).filteredOn(n -> n.followUp().requestKey().equals("ITSM-5"))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.recipientKeys()).isEmpty();
                    assertThat(n.recipientGroup()).isEqualTo("xla-service-managers");
                    assertThat(n.organisationName()).isEqualTo("Zorggroep Noord");
                });
    }

    @Test
    void closedFollowUpsAreNeitherRemindedNorEscalated() {
        f.work.logCall(Callers.agent("ag", ORG), itsm4.id(), 0, new CallLog("REACHED", 1, null, null, null, null));
        assertThat(runAt("2026-03-04T15:30:00Z")).isEqualTo(new ReminderReport(0, 0, 0));
        assertThat(runAt("2026-03-06T15:30:00Z")).isEqualTo(new ReminderReport(0, 0, 0));
    }

    @Test
    void noRemindersWithALeadTimeOfZero() {
        f.settings.put(new FollowUpSettings(2, 510, 0, 3, 14, BusinessCalendarConfig.defaults()));
        assertThat(runAt("2026-03-05T08:59:00Z")).isEqualTo(new ReminderReport(0, 0, 0));
        assertThat(runAt("2026-03-05T09:01:00Z")).isEqualTo(new ReminderReport(0, 1, 0));
    }

    @Test
    void aFailedNoticeIsCountedAndNeverSentAgain() {
        f.notifier.failing(true);
        assertThat(runAt("2026-03-04T15:30:00Z")).isEqualTo(new ReminderReport(0, 0, 1));
        f.notifier.failing(false);
        assertThat(runAt("2026-03-04T15:40:00Z")).isEqualTo(new ReminderReport(0, 0, 0));
        assertThat(f.notifier.sent()).isEmpty();
    }

    @Test
    void twoNodesRunningAtOnceSendTheReminderOnce() {
        assertThat(raceAt(Kind.REMINDER, "2026-03-04T15:30:00Z")).containsExactly(Kind.REMINDER);
    }

    @Test
    void twoNodesRunningAtOnceSendTheEscalationOnce() {
        assertThat(raceAt(Kind.ESCALATION, "2026-03-05T09:30:00Z")).containsExactly(Kind.ESCALATION);
    }

    /**
     * Node B runs its whole job between node A's search and node A's claim: A's claim must lose and
     * A must send nothing. Returns what B sent.
     */
    private List<Kind> raceAt(Kind searchRacedBy, String utc) {
        RecordingNotifier notifierB = new RecordingNotifier(f.tx);
        FollowUpReminderService nodeB = new FollowUpReminderService(f.followUps, f.settings, f.core.settings,
                f.core.directory, notifierB, f.tx, f.clock);
        FollowUpRepository racing = new RacingRepository(f.followUps, searchRacedBy, nodeB::sendDue);
        FollowUpReminderService nodeA = new FollowUpReminderService(racing, f.settings, f.core.settings,
                f.core.directory, f.notifier, f.tx, f.clock);

        f.clock.set(Instant.parse(utc));
        ReminderReport a = nodeA.sendDue();

        assertThat(a).isEqualTo(new ReminderReport(0, 0, 0));
        assertThat(f.notifier.sent()).isEmpty();
        // both nodes tried to claim it: one claim by B, the losing one by A
        assertThat(f.followUps.claimAttempts()).isEqualTo(2);
        return notifierB.sent().stream().map(FollowUpNotice::kind).toList();
    }

    /** The shared repository, with the other node's run slipped in right after each search. */
    private static final class RacingRepository implements FollowUpRepository {

        private final FollowUpRepository shared;
        private final Kind racedSearch;
        private Runnable otherNode;

        RacingRepository(FollowUpRepository shared, Kind racedSearch, Runnable otherNode) {
            this.shared = shared;
            this.racedSearch = racedSearch;
            this.otherNode = otherNode;
        }

        /** Lets the other node run once, after this node's search has found its candidates. */
        private List<FollowUp> thenOtherNode(Kind search, List<FollowUp> found) {
            if (search == racedSearch && otherNode != null) {
                Runnable run = otherNode;
                otherNode = null;
                run.run();
            }
            return found;
        }

        @Override
        public List<FollowUp> awaitingReminder(Instant after, Instant until, int limit) {
            return thenOtherNode(Kind.REMINDER, shared.awaitingReminder(after, until, limit));
        }

        @Override
        public List<FollowUp> awaitingEscalation(Instant now, int limit) {
            return thenOtherNode(Kind.ESCALATION, shared.awaitingEscalation(now, limit));
        }

        @Override
        public Optional<FollowUp> insertIfAbsent(FollowUp followUp) {
            return shared.insertIfAbsent(followUp);
        }

        @Override
        public Optional<FollowUp> find(long followUpId) {
            return shared.find(followUpId);
        }

        @Override
        public Optional<FollowUp> findByRequestKey(String requestKey) {
            return shared.findByRequestKey(requestKey);
        }

        @Override
        public FollowUp update(FollowUp followUp) {
            return shared.update(followUp);
        }

        @Override
        public Page<FollowUp> listOpen(Set<Long> organisationIds, AssigneeFilter assignee, PageRequest page) {
            return shared.listOpen(organisationIds, assignee, page);
        }

        @Override
        public boolean claimReminder(long followUpId, Instant at) {
            return shared.claimReminder(followUpId, at);
        }

        @Override
        public boolean claimEscalation(long followUpId, Instant at) {
            return shared.claimEscalation(followUpId, at);
        }

        @Override
        public List<FollowUp> createdSince(long organisationId, Instant since, int limit) {
            return shared.createdSince(organisationId, since, limit);
        }

        @Override
        public OpenCounts countOpen(long organisationId, Instant now) {
            return shared.countOpen(organisationId, now);
        }
    }
}
