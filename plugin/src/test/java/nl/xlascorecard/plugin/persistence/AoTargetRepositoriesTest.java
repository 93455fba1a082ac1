package nl.xlascorecard.plugin.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.followup.domain.CallOutcome;
import nl.xlascorecard.core.followup.domain.FollowUp;
import nl.xlascorecard.core.followup.domain.FollowUpState;
import nl.xlascorecard.core.scorecard.domain.Category;
import nl.xlascorecard.core.shared.ConflictException;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.core.target.domain.Comparison;
import nl.xlascorecard.core.target.domain.DefaultTargets;
import nl.xlascorecard.core.target.domain.StatusChange;
import nl.xlascorecard.core.target.domain.TargetState;
import nl.xlascorecard.core.target.domain.TargetStatus;
import nl.xlascorecard.core.target.domain.TargetWindow;
import nl.xlascorecard.core.target.domain.XlaMetric;
import nl.xlascorecard.core.target.domain.XlaTarget;

/** Targets, statuses and history on HSQLDB and PostgreSQL, including racing evaluations. */
class AoTargetRepositoriesTest {

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

        private static final Instant T0 = Instant.parse("2026-11-02T10:15:00Z");

        private static XlaTarget target(Long organisationId, XlaMetric metric, Category category) {
            return new XlaTarget(0, organisationId, metric, category, Comparison.AT_LEAST, 70.5, 2.5,
                    metric == XlaMetric.CSAT_PERCENT ? TargetWindow.rollingDays(90) : TargetWindow.latestClosedRound(), 7);
        }

        private XlaTarget insert(XlaTarget target) {
            return repos.transactions().inTransaction(() -> repos.targets().insert(target));
        }

        private StatusChange record(long org, long target, TargetStatus status, Double value, long n, Instant at) {
            return repos.transactions().inTransaction(() -> repos.targetStatuses().record(org, target, status, value, n, at));
        }

        @Test
        void storesEveryFieldAndKeepsOneTargetPerScopeAndSubject() {
            XlaTarget csat = insert(target(null, XlaMetric.CSAT_PERCENT, null));
            XlaTarget empathy = insert(target(7L, XlaMetric.SCORECARD_CATEGORY, Category.EMPATHY));
            insert(target(7L, XlaMetric.SCORECARD_CATEGORY, Category.ASSURANCE));
            insert(target(8L, XlaMetric.CSAT_PERCENT, null));

            assertThat(repos.targets().find(csat.id())).contains(csat);
            assertThat(repos.targets().find(empathy.id())).contains(empathy);
            assertThat(repos.targets().find(0)).isEmpty();
            assertThat(repos.targets().find(99_999)).isEmpty();
            assertThat(repos.targets().defaults()).containsExactly(csat);
            assertThat(repos.targets().ofOrganisations(List.of(7L, 9L))).hasSize(2)
                    .allMatch(t -> t.organisationId() == 7L);
            assertThat(repos.targets().defaultsAndOwn(8L)).extracting(XlaTarget::organisationId)
                    .containsExactlyInAnyOrder(null, 8L);
            assertThat(repos.targets().defaultsAndOwn(9L)).containsExactly(csat);
            assertThatThrownBy(() -> insert(target(7L, XlaMetric.SCORECARD_CATEGORY, Category.EMPATHY)))
                    .isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> insert(target(null, XlaMetric.CSAT_PERCENT, null))).isInstanceOf(ConflictException.class);

            XlaTarget changed = new XlaTarget(empathy.id(), 7L, XlaMetric.SCORECARD_CATEGORY, Category.ASSURANCE,
                    Comparison.AT_MOST, 50, 0, TargetWindow.rollingDays(30), 1);
            assertThatThrownBy(() -> repos.transactions().inTransaction(() -> repos.targets().update(changed)))
                    .isInstanceOf(ConflictException.class);
            XlaTarget moved = new XlaTarget(empathy.id(), 7L, XlaMetric.SCORECARD_CATEGORY, Category.COMMUNICATION,
                    Comparison.AT_MOST, 50, 0, TargetWindow.rollingDays(30), 1);
            repos.transactions().inTransaction(() -> repos.targets().update(moved));
            assertThat(repos.targets().find(empathy.id())).contains(moved);
            repos.transactions().inTransaction(() -> {
                repos.targets().delete(empathy.id());
                return null;
            });
            assertThat(repos.targets().find(empathy.id())).isEmpty();
        }

        @Test
        void readsTheTargetsOfMoreOrganisationsThanOneInClauseHolds() {
            List<Long> ids = new ArrayList<>();
            for (long org = 1; org <= InClause.CHUNK + 20; org++) {
                ids.add(org);
            }
            for (long org : new long[] {1, InClause.CHUNK, InClause.CHUNK + 1, InClause.CHUNK + 20}) {
                insert(target(org, XlaMetric.CSAT_PERCENT, null));
                record(org, 1, TargetStatus.MET, 95.0, 20, T0);
            }
            assertThat(repos.targets().ofOrganisations(ids)).hasSize(4);
            assertThat(repos.targetStatuses().ofOrganisations(ids)).hasSize(4);
        }

        @Test
        void aStatusChangeIsKeptOnceAndTheSameOutcomeOnlyMovesTheEvaluationTime() {
            StatusChange first = record(1, 10, TargetStatus.AT_RISK, 87.5, 40, T0);
            assertThat(first.from()).isNull();
            assertThat(record(1, 10, TargetStatus.AT_RISK, 87.5, 40, T0.plusSeconds(60))).isNull();
            assertThat(record(1, 10, TargetStatus.AT_RISK, 88.0, 41, T0.plusSeconds(120))).isNull();
            StatusChange breach = record(1, 10, TargetStatus.BREACHED, null, 0, T0.plusSeconds(180));
            assertThat(breach.from()).isEqualTo(TargetStatus.AT_RISK);

            TargetState state = repos.targetStatuses().ofOrganisations(List.of(1L)).getFirst();
            assertThat(state).isEqualTo(new TargetState(1, 10, TargetStatus.BREACHED, null, 0, T0.plusSeconds(180),
                    T0.plusSeconds(180)));
            var history = repos.targetStatuses().history(1, 10, PageRequest.first(10));
            assertThat(history.total()).isEqualTo(2);
            assertThat(history.items()).extracting(StatusChange::to).containsExactly(TargetStatus.BREACHED, TargetStatus.AT_RISK);
            assertThat(history.items().get(1).value()).isEqualTo(87.5);
            assertThat(repos.targetStatuses().history(1, 10, new PageRequest(1, 1)).items()).extracting(StatusChange::to)
                    .containsExactly(TargetStatus.AT_RISK);

            record(1, 11, TargetStatus.MET, 99.0, 10, T0);
            record(2, 10, TargetStatus.MET, 99.0, 10, T0);
            repos.transactions().inTransaction(() -> {
                repos.targetStatuses().retainOnly(1, Set.of(11L));
                return null;
            });
            assertThat(repos.targetStatuses().ofOrganisations(List.of(1L, 2L))).extracting(TargetState::targetId)
                    .containsExactlyInAnyOrder(11L, 10L);
            // The history of a target that no longer applies is kept...
            assertThat(repos.targetStatuses().history(1, 10, PageRequest.first(10)).items()).extracting(StatusChange::to)
                    .containsExactly(TargetStatus.BREACHED, TargetStatus.AT_RISK);
            // ...and continues when it applies again (its unique change keys do not collide).
            StatusChange back = record(1, 10, TargetStatus.MET, 95.0, 30, T0.plusSeconds(240));
            assertThat(back.from()).isNull();
            assertThat(repos.targetStatuses().history(1, 10, PageRequest.first(10)).items()).extracting(StatusChange::to)
                    .containsExactly(TargetStatus.MET, TargetStatus.BREACHED, TargetStatus.AT_RISK);
            assertThat(record(1, 10, TargetStatus.AT_RISK, 91.0, 31, T0.plusSeconds(300)).from()).isEqualTo(TargetStatus.MET);
            assertThat(repos.targetStatuses().history(1, 10, PageRequest.first(10)).total()).isEqualTo(4);

            // Deleting the target removes its current statuses, never its history.
            repos.transactions().inTransaction(() -> {
                repos.targetStatuses().deleteTarget(10);
                return null;
            });
            assertThat(repos.targetStatuses().ofOrganisations(List.of(1L, 2L))).extracting(TargetState::targetId)
                    .containsExactly(11L);
            assertThat(repos.targetStatuses().history(1, 10, PageRequest.first(10)).total()).isEqualTo(4);
            assertThat(repos.targetStatuses().history(2, 10, PageRequest.first(10)).total()).isEqualTo(1);
        }

        @Test
        void racingEvaluationsRecordOneStatusAndOneHistoryRowPerChange() throws InterruptedException {
            RacingInserts.assumeTheDatabaseSurvivesThem(db);
            List<Outcome<StatusChange>> first = race(6, () -> record(5, 50, TargetStatus.MET, 99.0, 12, T0));
            assertThat(first).allMatch(Outcome::succeeded);
            assertThat(first.stream().filter(o -> o.value() != null)).hasSize(1);

            List<Outcome<StatusChange>> change = race(6, () -> record(5, 50, TargetStatus.BREACHED, 80.0, 13,
                    T0.plusSeconds(60)));
            assertThat(change).allMatch(Outcome::succeeded);
            assertThat(change.stream().filter(o -> o.value() != null)).hasSize(1);
            assertThat(repos.targetStatuses().ofOrganisations(List.of(5L))).hasSize(1);
            assertThat(repos.targetStatuses().history(5, 50, PageRequest.first(10)).items()).extracting(StatusChange::to)
                    .containsExactly(TargetStatus.BREACHED, TargetStatus.MET);
        }

        @Test
        void followUpWindowCountsCountClosedOnesAndThoseDoneInTime() {
            Instant created = T0.plusSeconds(3600);
            for (int i = 1; i <= 4; i++) {
                FollowUp open = repos.followUps().insertIfAbsent(FollowUp.open("R-" + i, 1, null, 1, created.minusSeconds(60),
                        created, created.plusSeconds(86_400))).orElseThrow();
                if (i <= 3) {
                    Instant done = created.plusSeconds(i == 3 ? 90_000 : 3_600);
                    repos.transactions().inTransaction(() -> repos.followUps().update(new FollowUp(open.id(),
                            open.requestKey(), 1, null, 1, open.ratedAt(), open.createdAt(), open.dueAt(),
                            FollowUpState.DONE, CallOutcome.REACHED, 1, null, null, done, done, null, false, null, null,
                            open.version())));
                }
            }
            repos.followUps().insertIfAbsent(FollowUp.open("R-9", 2, null, 1, created, created, created.plusSeconds(60)));
            var counts = repos.followUps().windowCounts(1, T0);
            assertThat(counts.closed()).isEqualTo(3);
            assertThat(counts.withinWindow()).isEqualTo(2);
            assertThat(repos.followUps().windowCounts(1, created.plusSeconds(1)).closed()).isZero();
        }
    }

    /** Upgrade task 2 seeded the shipped defaults into a fresh database. */
    @Test
    void aFreshDatabaseStartsWithTheShippedDefaults() throws Exception {
        try (AoTestDatabase fresh = AoTestDatabase.hsqldb(AoDatabaseTest.seed())) {
            PersistenceModule.Repositories repositories = PersistenceModule.repositories(fresh.ao());
            assertThat(repositories.targets().defaults()).extracting(XlaTarget::metric, XlaTarget::threshold,
                            XlaTarget::window, XlaTarget::minimumDataPoints)
                    .containsExactlyElementsOf(DefaultTargets.shipped().stream()
                            .map(t -> org.assertj.core.groups.Tuple.tuple(t.metric(), t.threshold(), t.window(),
                                    t.minimumDataPoints())).toList());
        }
    }
}
