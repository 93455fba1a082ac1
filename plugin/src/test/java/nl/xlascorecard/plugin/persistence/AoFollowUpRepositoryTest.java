package nl.xlascorecard.plugin.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.followup.domain.CallOutcome;
import nl.xlascorecard.core.followup.domain.FollowUp;
import nl.xlascorecard.core.followup.domain.FollowUpState;
import nl.xlascorecard.core.followup.port.out.FollowUpRepository.AssigneeFilter;
import nl.xlascorecard.core.followup.port.out.FollowUpRepository.OpenCounts;
import nl.xlascorecard.core.shared.ConflictException;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.plugin.persistence.ao.FollowUpAo;

class AoFollowUpRepositoryTest {

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

        private static final Instant T0 = Instant.parse("2026-03-10T09:00:00Z");

        private FollowUp insert(String key, long organisation, String assignee, Instant due) {
            return repos.followUps().insertIfAbsent(FollowUp.open(key, organisation, assignee, 1, T0.minusSeconds(60), T0, due))
                    .orElseThrow();
        }

        @Test
        void insertsOncePerRequestAndReadsEveryField() {
            FollowUp stored = insert("ITSM-1", 5, "sm-1", T0.plusSeconds(3600));

            assertThat(stored.id()).isPositive();
            assertThat(stored.version()).isZero();
            assertThat(stored).isEqualTo(withId(FollowUp.open("ITSM-1", 5, "sm-1", 1, T0.minusSeconds(60), T0,
                    T0.plusSeconds(3600)), stored.id()));
            assertThat(repos.followUps().find(stored.id())).contains(stored);
            assertThat(repos.followUps().findByRequestKey("ITSM-1")).contains(stored);
            assertThat(repos.followUps().findByRequestKey("ITSM-2")).isEmpty();
            assertThat(repos.followUps().find(stored.id() + 1000)).isEmpty();

            Optional<FollowUp> second = repos.followUps().insertIfAbsent(FollowUp.open("ITSM-1", 6, null, 2, T0, T0,
                    T0.plusSeconds(7200)));
            assertThat(second).isEmpty();
            assertThat(repos.followUps().findByRequestKey("ITSM-1")).contains(stored);
        }

        @Test
        void concurrentInsertsOfOneRequestStoreOne() throws InterruptedException {
            List<Outcome<Optional<FollowUp>>> outcomes = race(8, () -> repos.transactions().inTransaction(() ->
                    repos.followUps().insertIfAbsent(FollowUp.open("ITSM-2", 5, null, 1, T0, T0, T0.plusSeconds(60)))));

            assertThat(outcomes).allMatch(Outcome::succeeded);
            assertThat(outcomes).filteredOn(o -> o.value().isPresent()).hasSize(1);
            assertThat(ao.count(FollowUpAo.class, "REQUEST_KEY = ?", "ITSM-2")).isEqualTo(1);
        }

        @Test
        void updatesWithTheReadVersionAndRefusesAStaleOne() {
            FollowUp open = insert("ITSM-3", 5, null, T0.plusSeconds(3600));
            Instant called = T0.plusSeconds(600);
            FollowUp done = open.withAssignee("sm-2").withCall(FollowUpState.DONE, CallOutcome.REACHED, 2, "Gebeld",
                    "Monteur komt langs", called, called, 77L).withRating(4, true);

            FollowUp updated = repos.followUps().update(done);

            assertThat(updated).isEqualTo(withVersion(done, 1));
            assertThat(repos.followUps().find(open.id())).contains(updated);
            assertThatThrownBy(() -> repos.followUps().update(done))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("version"));
        }

        @Test
        void claimsAreSetOnceAndNeitherUpdatesNorVersionsTouchThem() {
            FollowUp open = insert("ITSM-4", 5, null, T0.plusSeconds(3600));
            Instant remindedAt = T0.plusSeconds(10);

            assertThat(repos.transactions().inTransaction(() -> repos.followUps().claimReminder(open.id(), remindedAt))).isTrue();
            assertThat(repos.transactions().inTransaction(() -> repos.followUps().claimReminder(open.id(), T0.plusSeconds(20))))
                    .isFalse();
            FollowUp claimed = repos.followUps().find(open.id()).orElseThrow();
            assertThat(claimed.reminderSentAt()).isEqualTo(remindedAt);
            assertThat(claimed.escalatedAt()).isNull();
            assertThat(claimed.version()).isZero();

            // An edit made from a copy read before the claim keeps the claim.
            FollowUp edited = repos.followUps().update(open.withAssignee("sm-3"));
            assertThat(edited.reminderSentAt()).isEqualTo(remindedAt);
            assertThat(edited.assigneeKey()).isEqualTo("sm-3");

            repos.followUps().update(edited.withCall(FollowUpState.DONE, CallOutcome.REACHED, 1, null, null, T0, T0, null));
            assertThat(repos.transactions().inTransaction(() -> repos.followUps().claimEscalation(open.id(), T0))).isFalse();
            assertThat(repos.transactions().inTransaction(() -> repos.followUps().claimEscalation(9999, T0))).isFalse();
        }

        @Test
        void concurrentClaimsOfOneReminderGiveOneWinner() throws InterruptedException {
            FollowUp open = insert("ITSM-5", 5, null, T0.plusSeconds(3600));

            List<Outcome<Boolean>> outcomes = race(8, () -> repos.transactions().inTransaction(
                    () -> repos.followUps().claimReminder(open.id(), Instant.now())));

            assertThat(outcomes).allMatch(Outcome::succeeded);
            assertThat(outcomes).filteredOn(Outcome::value).hasSize(1);
        }

        @Test
        void theQueueListsOpenFollowUpsByDueTimeInPagesWithFilters() {
            FollowUp late = insert("ITSM-10", 5, "sm-a", T0.plusSeconds(300));
            FollowUp early = insert("ITSM-11", 6, null, T0.minusSeconds(300));
            FollowUp sameDueLowerId = insert("ITSM-12", 5, null, T0.plusSeconds(100));
            FollowUp sameDueHigherId = insert("ITSM-13", 7, "sm-a", T0.plusSeconds(100));
            FollowUp closed = insert("ITSM-14", 5, "sm-a", T0.minusSeconds(900));
            repos.followUps().update(closed.withCall(FollowUpState.DONE, CallOutcome.REACHED, 1, null, null, T0, T0, null));

            Page<FollowUp> first = repos.followUps().listOpen(null, AssigneeFilter.any(), new PageRequest(0, 3));
            assertThat(first.items()).extracting(FollowUp::id)
                    .containsExactly(early.id(), sameDueLowerId.id(), sameDueHigherId.id());
            assertThat(first.total()).isEqualTo(4);
            Page<FollowUp> second = repos.followUps().listOpen(null, AssigneeFilter.any(), new PageRequest(3, 3));
            assertThat(second.items()).extracting(FollowUp::id).containsExactly(late.id());
            assertThat(second.isLastPage()).isTrue();

            assertThat(repos.followUps().listOpen(Set.of(5L, 7L), AssigneeFilter.any(), PageRequest.first(10)).items())
                    .extracting(FollowUp::id).containsExactly(sameDueLowerId.id(), sameDueHigherId.id(), late.id());
            assertThat(repos.followUps().listOpen(Set.of(), AssigneeFilter.any(), PageRequest.first(10)).total()).isZero();
            assertThat(repos.followUps().listOpen(null, new AssigneeFilter("sm-a", false), PageRequest.first(10)).items())
                    .extracting(FollowUp::id).containsExactly(sameDueHigherId.id(), late.id());
            assertThat(repos.followUps().listOpen(Set.of(5L), new AssigneeFilter(null, true), PageRequest.first(10)).items())
                    .extracting(FollowUp::id).containsExactly(sameDueLowerId.id());
        }

        @Test
        void theJobFindsWhatAwaitsAReminderOrAnEscalation() {
            FollowUp overdue = insert("ITSM-20", 5, null, T0.minusSeconds(60));
            FollowUp soon = insert("ITSM-21", 5, null, T0.plusSeconds(60));
            FollowUp later = insert("ITSM-22", 5, null, T0.plusSeconds(7200));
            FollowUp escalatedAlready = insert("ITSM-23", 5, null, T0.minusSeconds(120));
            repos.transactions().inTransaction(() -> repos.followUps().claimEscalation(escalatedAlready.id(), T0));

            assertThat(repos.followUps().awaitingEscalation(T0, 10)).extracting(FollowUp::id).containsExactly(overdue.id());
            assertThat(repos.followUps().awaitingReminder(T0, T0.plusSeconds(3600), 10)).extracting(FollowUp::id)
                    .containsExactly(soon.id());
            assertThat(repos.followUps().awaitingReminder(T0.minusSeconds(600), T0.plusSeconds(7200), 10))
                    .extracting(FollowUp::id).containsExactly(escalatedAlready.id(), overdue.id(), soon.id(), later.id());
            assertThat(repos.followUps().awaitingReminder(T0.minusSeconds(600), T0.plusSeconds(7200), 2)).hasSize(2);
        }

        @Test
        void countsAndListsAnOrganisationsFollowUps() {
            FollowUp a = insert("ITSM-30", 5, null, T0.minusSeconds(60));
            FollowUp b = insert("ITSM-31", 5, null, T0.plusSeconds(60));
            FollowUp c = insert("ITSM-32", 5, null, T0.minusSeconds(30));
            repos.followUps().update(c.withCall(FollowUpState.DONE, CallOutcome.REACHED, 1, null, null, T0, T0, null));
            insert("ITSM-33", 6, null, T0.minusSeconds(60));

            assertThat(repos.followUps().countOpen(5, T0)).isEqualTo(new OpenCounts(2, 1));
            assertThat(repos.followUps().countOpen(8, T0)).isEqualTo(new OpenCounts(0, 0));
            assertThat(repos.followUps().createdSince(5, T0, 10)).extracting(FollowUp::id)
                    .containsExactly(a.id(), b.id(), c.id());
            assertThat(repos.followUps().createdSince(5, T0.plusSeconds(1), 10)).isEmpty();
            assertThat(repos.followUps().createdSince(5, T0, 2)).hasSize(2);
        }

        @Test
        void theQueueAndTheJobAreServedByIndexes() throws SQLException {
            Map<String, List<String>> indexes = indexes(ao.tableName(FollowUpAo.class));
            assertThat(indexes.values()).contains(List.of("STATE", "DUE_AT"), List.of("ORG_ID", "STATE", "DUE_AT"),
                    List.of("ASSIGNEE_KEY", "STATE", "DUE_AT"), List.of("ORG_ID", "CREATED_AT"));
            Map<String, List<String>> ratingIndexes = indexes(ao.tableName(nl.xlascorecard.plugin.persistence.ao.RatingOrgAo.class));
            assertThat(ratingIndexes.values()).contains(List.of("ORG_ID", "RATING", "RATED_AT"), List.of("ORG_ID", "RATED_AT"));
        }

        /** Index name -> its columns in order, read from the JDBC metadata. */
        private Map<String, List<String>> indexes(String table) throws SQLException {
            Map<String, Map<Short, String>> columns = new LinkedHashMap<>();
            String schema = db.database().isPostgres() ? db.database().schema() : "PUBLIC";
            try (Connection c = db.jdbc(); ResultSet rs = c.getMetaData().getIndexInfo(null, schema, table, false, false)) {
                while (rs.next()) {
                    if (rs.getString("INDEX_NAME") != null && rs.getString("COLUMN_NAME") != null) {
                        columns.computeIfAbsent(rs.getString("INDEX_NAME"), k -> new TreeMap<>())
                                .put(rs.getShort("ORDINAL_POSITION"), rs.getString("COLUMN_NAME").replace("\"", "").toUpperCase(Locale.ROOT));
                    }
                }
            }
            Map<String, List<String>> ordered = new LinkedHashMap<>();
            columns.forEach((index, byPosition) -> ordered.put(index, new ArrayList<>(byPosition.values())));
            return ordered;
        }

        private static FollowUp withId(FollowUp f, long id) {
            return new FollowUp(id, f.requestKey(), f.organisationId(), f.assigneeKey(), f.rating(), f.ratedAt(),
                    f.createdAt(), f.dueAt(), f.state(), f.outcome(), f.attempts(), f.notes(), f.agreement(),
                    f.contactedAt(), f.doneAt(), f.improvementActionId(), f.ratingRaisedAboveThreshold(),
                    f.reminderSentAt(), f.escalatedAt(), f.version());
        }

        private static FollowUp withVersion(FollowUp f, long version) {
            return new FollowUp(f.id(), f.requestKey(), f.organisationId(), f.assigneeKey(), f.rating(), f.ratedAt(),
                    f.createdAt(), f.dueAt(), f.state(), f.outcome(), f.attempts(), f.notes(), f.agreement(),
                    f.contactedAt(), f.doneAt(), f.improvementActionId(), f.ratingRaisedAboveThreshold(),
                    f.reminderSentAt(), f.escalatedAt(), version);
        }
    }
}
