package nl.xlascorecard.plugin.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.xlascorecard.aohost.AoHost;
import nl.xlascorecard.aohost.EntityManagerActiveObjects;
import nl.xlascorecard.core.followup.domain.FollowUp;
import nl.xlascorecard.core.followup.domain.FollowUpNotice;
import nl.xlascorecard.core.followup.domain.FollowUpNotice.Kind;
import nl.xlascorecard.core.followup.port.in.SendFollowUpReminders.ReminderReport;
import nl.xlascorecard.core.followup.port.out.FollowUpNotifier;
import nl.xlascorecard.core.followup.service.FollowUpReminderService;
import nl.xlascorecard.core.organisation.domain.OrganisationRef;
import nl.xlascorecard.core.organisation.port.out.OrganisationDirectory;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;

/**
 * Two nodes of a cluster (two Active Objects instances, each with its own repositories and reminder
 * service, over one database) run the reminder job at the same moment: every reminder and every
 * escalation is sent once, not twice, and the notifier is called only for claims that committed.
 */
class ReminderJobOnTwoNodesTest {

    @Nested
    class OnHsqldb extends Contract {
        @Override
        protected AoTestDatabase newDatabase() {
            return AoTestDatabase.hsqldb(seed());
        }
    }

    @Nested
    class OnPostgres extends Contract {
        @Override
        protected AoTestDatabase newDatabase() {
            return AoTestDatabase.postgres(OnPostgres.class, seed());
        }
    }

    abstract static class Contract extends AoDatabaseTest {

        /** Wednesday 11 March 2026, 10:00 in Amsterdam: inside the default business hours. */
        private static final Instant NOW = Instant.parse("2026-03-11T09:00:00Z");
        private static final int OVERDUE = 12;
        private static final int DUE_SOON = 15;

        private EntityManagerActiveObjects secondNodeAo;
        private PersistenceModule.Repositories secondNode;

        @BeforeAll
        void startSecondNode() {
            secondNodeAo = AoHost.start(db.database(), PersistenceModule.NAMESPACE, PersistenceModule.entities(),
                    PersistenceModule.upgradeTasks(seed()));
            secondNode = PersistenceModule.repositories(secondNodeAo);
        }

        @AfterAll
        void stopSecondNode() {
            if (secondNodeAo != null) {
                secondNodeAo.close();
            }
        }

        @Test
        void bothNodesRunningTheJobAtOnceSendEachNoticeOnce() throws InterruptedException {
            for (int i = 0; i < OVERDUE; i++) {
                insert("ITSM-" + (100 + i), NOW.minusSeconds(60L * (i + 1)));
            }
            for (int i = 0; i < DUE_SOON; i++) {
                insert("ITSM-" + (200 + i), NOW.plusSeconds(60L * (i + 1)));
            }
            insert("ITSM-300", NOW.plusSeconds(3 * 24 * 3600));
            CountingNotifier firstNotifier = new CountingNotifier();
            CountingNotifier secondNotifier = new CountingNotifier();
            FollowUpReminderService first = reminders(repos, firstNotifier);
            FollowUpReminderService second = reminders(secondNode, secondNotifier);
            AtomicInteger turn = new AtomicInteger();

            // Two runs per node at once: a job that overlaps its previous run must not double either.
            List<Outcome<ReminderReport>> outcomes = race(4, () -> (turn.getAndIncrement() % 2 == 0 ? first : second).sendDue());

            assertThat(outcomes).allMatch(Outcome::succeeded);
            List<FollowUpNotice> sent = new ArrayList<>(firstNotifier.sent);
            sent.addAll(secondNotifier.sent);
            assertThat(sent).filteredOn(n -> n.kind() == Kind.ESCALATION).hasSize(OVERDUE)
                    .extracting(n -> n.followUp().requestKey()).doesNotHaveDuplicates();
            assertThat(sent).filteredOn(n -> n.kind() == Kind.REMINDER).hasSize(DUE_SOON)
                    .extracting(n -> n.followUp().requestKey()).doesNotHaveDuplicates();
            assertThat(outcomes.stream().mapToInt(o -> o.value().reminders()).sum()).isEqualTo(DUE_SOON);
            assertThat(outcomes.stream().mapToInt(o -> o.value().escalations()).sum()).isEqualTo(OVERDUE);
            assertThat(repos.followUps().findByRequestKey("ITSM-300").orElseThrow().reminderSentAt()).isNull();

            // Nothing is left to send by either node.
            assertThat(first.sendDue()).isEqualTo(new ReminderReport(0, 0, 0));
            assertThat(second.sendDue()).isEqualTo(new ReminderReport(0, 0, 0));
            assertThat(firstNotifier.sent.size() + secondNotifier.sent.size()).isEqualTo(OVERDUE + DUE_SOON);
        }

        private void insert(String key, Instant due) {
            repos.followUps().insertIfAbsent(FollowUp.open(key, 5, "sm-1", 1, NOW.minusSeconds(24 * 3600),
                    NOW.minusSeconds(24 * 3600), due));
        }

        private static FollowUpReminderService reminders(PersistenceModule.Repositories node, FollowUpNotifier notifier) {
            return new FollowUpReminderService(node.followUps(), node.followUpSettings(), node.settings(), new OneOrganisation(),
                    notifier, node.transactions(), Clock.fixed(NOW, ZoneOffset.UTC));
        }
    }

    static final class CountingNotifier implements FollowUpNotifier {

        final Collection<FollowUpNotice> sent = new ConcurrentLinkedQueue<>();

        @Override
        public void send(FollowUpNotice notice) {
            sent.add(notice);
        }
    }

    static final class OneOrganisation implements OrganisationDirectory {

        private static final OrganisationRef ORGANISATION = new OrganisationRef(5, "Ziekenhuis Oost");

        @Override
        public Optional<OrganisationRef> find(long organisationId) {
            return organisationId == 5 ? Optional.of(ORGANISATION) : Optional.empty();
        }

        @Override
        public Page<OrganisationRef> list(PageRequest page) {
            return new Page<>(List.of(ORGANISATION), page.start(), page.limit(), 1);
        }

        @Override
        public List<OrganisationRef> findAll(Collection<Long> organisationIds) {
            return organisationIds.contains(5L) ? List.of(ORGANISATION) : List.of();
        }
    }
}
