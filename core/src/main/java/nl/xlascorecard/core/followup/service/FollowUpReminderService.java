package nl.xlascorecard.core.followup.service;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

import nl.xlascorecard.core.followup.domain.FollowUp;
import nl.xlascorecard.core.followup.domain.FollowUpNotice;
import nl.xlascorecard.core.followup.domain.FollowUpNotice.Kind;
import nl.xlascorecard.core.followup.domain.FollowUpSettings;
import nl.xlascorecard.core.followup.port.in.SendFollowUpReminders;
import nl.xlascorecard.core.followup.port.out.FollowUpNotifier;
import nl.xlascorecard.core.followup.port.out.FollowUpRepository;
import nl.xlascorecard.core.followup.port.out.FollowUpSettingsRepository;
import nl.xlascorecard.core.organisation.domain.OrganisationRef;
import nl.xlascorecard.core.organisation.port.out.AppSettingsRepository;
import nl.xlascorecard.core.organisation.port.out.OrganisationDirectory;
import nl.xlascorecard.core.shared.TransactionRunner;
import nl.xlascorecard.core.shared.calendar.BusinessCalendar;

/**
 * Sends reminders and escalations, each at most once across the cluster: every notice is first
 * claimed by a compare-and-set in its own transaction, and only the node whose claim committed
 * calls the notifier. A notifier failure is counted, not retried (retrying could send twice).
 */
public final class FollowUpReminderService implements SendFollowUpReminders {

    static final int BATCH = 100;
    /** Bounds one run; whatever is left is picked up by the next run a few minutes later. */
    static final int MAX_BATCHES = 50;

    private final FollowUpRepository followUps;
    private final FollowUpSettingsRepository settings;
    private final AppSettingsRepository appSettings;
    private final OrganisationDirectory directory;
    private final FollowUpNotifier notifier;
    private final TransactionRunner transactions;
    private final Clock clock;

    public FollowUpReminderService(FollowUpRepository followUps, FollowUpSettingsRepository settings,
                                   AppSettingsRepository appSettings, OrganisationDirectory directory,
                                   FollowUpNotifier notifier, TransactionRunner transactions, Clock clock) {
        this.followUps = Objects.requireNonNull(followUps);
        this.settings = Objects.requireNonNull(settings);
        this.appSettings = Objects.requireNonNull(appSettings);
        this.directory = Objects.requireNonNull(directory);
        this.notifier = Objects.requireNonNull(notifier);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public ReminderReport sendDue() {
        Instant now = clock.instant();
        FollowUpSettings s = settings.load();
        String group = appSettings.load().serviceManagerGroup();
        Outcome reminders = new Outcome();
        if (!s.reminderLead().isZero()) {
            BusinessCalendar calendar = s.businessCalendar();
            // Every due time up to the next opening after "now + lead" is at most the lead time of
            // business time away (nothing of the business day passes in between).
            Instant until = calendar.nextOpenAtOrAfter(calendar.plus(now, s.reminderLead()));
            send(Kind.REMINDER, limit -> followUps.awaitingReminder(now, until, limit),
                    f -> calendar.businessTimeBetween(now, f.dueAt()).compareTo(s.reminderLead()) <= 0,
                    id -> followUps.claimReminder(id, now), group, reminders);
        }
        Outcome escalations = new Outcome();
        send(Kind.ESCALATION, limit -> followUps.awaitingEscalation(now, limit), f -> true,
                id -> followUps.claimEscalation(id, now), group, escalations);
        return new ReminderReport(reminders.sent, escalations.sent, reminders.failed + escalations.failed);
    }

    private void send(Kind kind, Function<Integer, List<FollowUp>> candidates, Predicate<FollowUp> due,
                      LongPredicate claim, String group, Outcome outcome) {
        Set<Long> seen = new HashSet<>();
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<FollowUp> found = candidates.apply(BATCH);
            boolean anyNew = false;
            for (FollowUp f : found) {
                if (!seen.add(f.id())) {
                    continue;
                }
                anyNew = true;
                if (due.test(f) && transactions.inTransaction(() -> claim.test(f.id()))) {
                    deliver(notice(kind, f, group), outcome);
                }
            }
            if (found.size() < BATCH || !anyNew) {
                return;
            }
        }
    }

    private void deliver(FollowUpNotice notice, Outcome outcome) {
        try {
            notifier.send(notice);
            outcome.sent++;
        } catch (RuntimeException e) {
            // The claim has committed: sending again later could deliver it twice, so it is only counted.
            outcome.failed++;
        }
    }

    /** Reminder: the assignee, or the group when there is none. Escalation: the assignee and the group. */
    private FollowUpNotice notice(Kind kind, FollowUp f, String group) {
        String organisation = directory.find(f.organisationId()).map(OrganisationRef::name)
                .orElse(String.valueOf(f.organisationId()));
        List<String> users = f.assigneeKey() == null ? List.of() : List.of(f.assigneeKey());
        String toGroup = kind == Kind.ESCALATION || f.assigneeKey() == null ? group : null;
        return new FollowUpNotice(kind, f, organisation, users, toGroup);
    }

    private static final class Outcome {
        int sent;
        int failed;
    }
}
