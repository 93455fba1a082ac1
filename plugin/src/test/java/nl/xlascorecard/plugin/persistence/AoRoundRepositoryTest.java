package nl.xlascorecard.plugin.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.scorecard.domain.Round;
import nl.xlascorecard.core.scorecard.domain.RoundKind;
import nl.xlascorecard.core.scorecard.domain.RoundState;
import nl.xlascorecard.core.scorecard.domain.ScorecardConflicts;
import nl.xlascorecard.core.shared.ConflictException;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.plugin.persistence.ao.RoundAo;

class AoRoundRepositoryTest {

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

        private static final Instant CREATED = Instant.parse("2026-02-01T08:15:30.250Z");

        @Test
        void storesAndReadsEveryField() {
            Round stored = repos.rounds().insert(new Round(0, 42, RoundKind.PERIODIC, "Voorjaar 2026",
                    LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), RoundState.PLANNED, 1, true, 120,
                    CREATED, "jdoe", null, null, 0));

            assertThat(stored.id()).isPositive();
            assertThat(stored.version()).isZero();
            assertThat(repos.rounds().find(stored.id())).contains(stored);
            assertThat(stored).usingRecursiveComparison().ignoringFields("id")
                    .isEqualTo(new Round(0, 42, RoundKind.PERIODIC, "Voorjaar 2026", LocalDate.of(2026, 3, 1),
                            LocalDate.of(2026, 3, 31), RoundState.PLANNED, 1, true, 120, CREATED, "jdoe", null, null, 0));
            assertThat(repos.rounds().find(stored.id() + 1000)).isEmpty();
        }

        @Test
        void storesAnEmptyTitleAsNull() {
            Round stored = repos.rounds().insert(new Round(0, 1, RoundKind.PERIODIC, "",
                    LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2), RoundState.PLANNED, 1, false, 0, CREATED, "sm", null, null, 0));
            assertThat(ao.get(RoundAo.class, (int) stored.id()).getTitle()).isNull();
            assertThat(stored.title()).isNull();
        }

        @Test
        void refusesASecondBaselineOfAnOrganisation() {
            repos.rounds().insert(round(7, RoundKind.BASELINE, "2026-01-01"));

            assertThatThrownBy(() -> repos.rounds().insert(round(7, RoundKind.BASELINE, "2026-05-01")))
                    .isInstanceOfSatisfying(ConflictException.class, e -> {
                        assertThat(e.field()).isEqualTo("kind");
                        assertThat(e.messageKey()).isEqualTo(ScorecardConflicts.BASELINE_EXISTS);
                    });
            repos.rounds().insert(round(8, RoundKind.BASELINE, "2026-01-01"));
            repos.rounds().insert(round(7, RoundKind.PERIODIC, "2026-02-01"));
            repos.rounds().insert(round(7, RoundKind.PERIODIC, "2026-03-01"));
            assertThat(ao.count(RoundAo.class)).isEqualTo(4);
            assertThat(repos.rounds().findBaseline(7)).map(Round::opens).contains(LocalDate.of(2026, 1, 1));
            assertThat(repos.rounds().findBaseline(9)).isEmpty();
        }

        @Test
        void eightConcurrentBaselinesOfOneOrganisationStoreExactlyOne() throws Exception {
            List<Outcome<Round>> outcomes = race(8, () -> repos.transactions().inTransaction(
                    () -> repos.rounds().insert(round(11, RoundKind.BASELINE, "2026-01-01"))));

            assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !o.succeeded())
                    .allSatisfy(o -> assertThat(o.failure()).isInstanceOf(ConflictException.class)).hasSize(7);
            assertThat(ao.count(RoundAo.class, "ORG_ID = ?", 11L)).isEqualTo(1);
        }

        @Test
        void lockForResponsesReturnsTheStoredRoundAndKeepsItsVersion() {
            Round planned = repos.rounds().insert(round(3, RoundKind.PERIODIC, "2026-04-01"));
            Round open = repos.rounds().update(withState(planned, RoundState.OPEN, Instant.parse("2026-04-01T07:00:00Z")));

            assertThat(repos.transactions().inTransaction(() -> repos.rounds().lockForResponses(open.id()))).contains(open);
            assertThat(repos.rounds().find(open.id())).map(Round::version).contains(1L);
            assertThat(repos.transactions().inTransaction(() -> repos.rounds().lockForResponses(open.id() + 1000))).isEmpty();
            // Still at version 1: an update from it succeeds.
            assertThat(repos.rounds().update(withState(open, RoundState.CLOSED, Instant.parse("2026-04-21T07:00:00Z")))
                    .version()).isEqualTo(2);
        }

        @Test
        void updatesWithTheReadVersionAndRefusesAStaleOne() {
            Round planned = repos.rounds().insert(round(3, RoundKind.PERIODIC, "2026-04-01"));
            Instant opened = Instant.parse("2026-04-01T07:00:00Z");

            Round open = repos.rounds().update(withState(planned, RoundState.OPEN, opened));
            assertThat(open.version()).isEqualTo(1);
            assertThat(open.state()).isEqualTo(RoundState.OPEN);
            assertThat(repos.rounds().find(planned.id())).contains(open);

            assertThatThrownBy(() -> repos.rounds().update(withState(planned, RoundState.CLOSED, opened)))
                    .isInstanceOfSatisfying(ConflictException.class, e -> {
                        assertThat(e.field()).isEqualTo("version");
                        assertThat(e.messageKey()).isEqualTo(ConflictException.STALE_VERSION_KEY);
                    });
            assertThat(repos.rounds().find(planned.id())).contains(open);
        }

        @Test
        void ofEightConcurrentUpdatesFromOneVersionExactlyOneWins() throws Exception {
            Round planned = repos.rounds().insert(round(4, RoundKind.PERIODIC, "2026-04-01"));

            List<Outcome<Round>> outcomes = race(8, () -> repos.transactions().inTransaction(
                    () -> repos.rounds().update(withState(planned, RoundState.OPEN, Instant.now()))));

            assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !o.succeeded())
                    .allSatisfy(o -> assertThat(o.failure()).isInstanceOf(ConflictException.class));
            assertThat(repos.rounds().find(planned.id()).orElseThrow().version()).isEqualTo(1);
        }

        @Test
        void listsAnOrganisationsRoundsNewestPeriodFirstInPages() {
            Round jan = repos.rounds().insert(round(5, RoundKind.BASELINE, "2026-01-01"));
            Round may = repos.rounds().insert(round(5, RoundKind.PERIODIC, "2026-05-01"));
            Round sep1 = repos.rounds().insert(round(5, RoundKind.PERIODIC, "2026-09-01"));
            Round sep2 = repos.rounds().insert(round(5, RoundKind.PERIODIC, "2026-09-01"));
            repos.rounds().insert(round(6, RoundKind.PERIODIC, "2026-10-01"));

            Page<Round> first = repos.rounds().listByOrganisation(5, new PageRequest(0, 3));
            Page<Round> second = repos.rounds().listByOrganisation(5, new PageRequest(3, 3));

            assertThat(first.items()).extracting(Round::id).containsExactly(sep2.id(), sep1.id(), may.id());
            assertThat(first.total()).isEqualTo(4);
            assertThat(first.isLastPage()).isFalse();
            assertThat(second.items()).extracting(Round::id).containsExactly(jan.id());
            assertThat(second.isLastPage()).isTrue();
            assertThat(repos.rounds().latest(5, 2)).extracting(Round::id).containsExactly(sep2.id(), sep1.id());
            assertThat(repos.rounds().latest(5, 0)).isEmpty();
        }

        @Test
        void findsTheNewestClosedRoundThatStartedEarlier() {
            Round base = close(repos.rounds().insert(round(9, RoundKind.BASELINE, "2026-01-01")));
            Round feb = close(repos.rounds().insert(round(9, RoundKind.PERIODIC, "2026-02-01")));
            repos.rounds().insert(round(9, RoundKind.PERIODIC, "2026-03-01"));
            Round sameDayEarlier = close(repos.rounds().insert(round(9, RoundKind.PERIODIC, "2026-04-01")));
            Round current = close(repos.rounds().insert(round(9, RoundKind.PERIODIC, "2026-04-01")));
            close(repos.rounds().insert(round(9, RoundKind.PERIODIC, "2026-06-01")));
            close(repos.rounds().insert(round(10, RoundKind.PERIODIC, "2026-03-15")));

            assertThat(repos.rounds().findPreviousClosed(current)).map(Round::id).contains(sameDayEarlier.id());
            assertThat(repos.rounds().findPreviousClosed(sameDayEarlier)).map(Round::id)
                    .as("the open March round is skipped").contains(feb.id());
            assertThat(repos.rounds().findPreviousClosed(feb)).map(Round::id).contains(base.id());
            assertThat(repos.rounds().findPreviousClosed(base)).isEmpty();
        }

        private Round close(Round round) {
            return repos.rounds().update(withState(round, RoundState.CLOSED, Instant.parse("2026-07-01T00:00:00Z")));
        }

        private static Round round(long org, RoundKind kind, String opens) {
            LocalDate start = LocalDate.parse(opens);
            return new Round(0, org, kind, null, start, start.plusDays(20), RoundState.PLANNED, 1, false, 0, CREATED,
                    "sm", null, null, 0);
        }

        private static Round withState(Round r, RoundState state, Instant at) {
            return new Round(r.id(), r.organisationId(), r.kind(), r.title(), r.opens(), r.closes(), state,
                    r.templateVersion(), r.anonymous(), r.invitations(), r.createdAt(), r.createdBy(),
                    state == RoundState.OPEN ? at : r.openedAt(), state == RoundState.CLOSED ? at : r.closedAt(), r.version());
        }
    }
}
