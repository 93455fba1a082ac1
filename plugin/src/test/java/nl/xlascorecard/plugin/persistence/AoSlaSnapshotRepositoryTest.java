package nl.xlascorecard.plugin.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.target.port.out.SlaSnapshotRepository.SlaSnapshot;
import nl.xlascorecard.plugin.persistence.ao.SlaSnapshotAo;

/** SLA snapshots on HSQLDB and PostgreSQL: upsert, never older over newer, batch read, racing refreshes. */
class AoSlaSnapshotRepositoryTest {

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

        private static final Instant T0 = Instant.parse("2026-12-07T12:00:00Z");

        private void store(SlaSnapshot... snapshots) {
            repos.transactions().inTransaction(() -> {
                for (SlaSnapshot snapshot : snapshots) {
                    repos.slaSnapshots().store(snapshot);
                }
                return null;
            });
        }

        @Test
        void storesEachOrganisationAndWindowOnceAndReadsOneWindowOfManyOrganisations() {
            store(new SlaSnapshot(1, 7, 40, 2, T0), new SlaSnapshot(1, 30, 400, 18, T0),
                    new SlaSnapshot(2, 30, 12, 0, T0), new SlaSnapshot(3, 90, 0, 0, T0));

            assertThat(repos.slaSnapshots().ofOrganisations(List.of(1L, 2L, 3L, 4L), 30)).hasSize(2)
                    .containsEntry(1L, new SlaSnapshot(1, 30, 400, 18, T0))
                    .containsEntry(2L, new SlaSnapshot(2, 30, 12, 0, T0));
            assertThat(repos.slaSnapshots().ofOrganisations(List.of(1L, 3L), 90)).containsOnlyKeys(3L);
            assertThat(repos.slaSnapshots().ofOrganisations(List.of(), 30)).isEmpty();

            // A newer measurement replaces the row; an older one (an overlapping refresh) does not.
            store(new SlaSnapshot(1, 30, 401, 19, T0.plusSeconds(1800)));
            store(new SlaSnapshot(1, 30, 1, 1, T0.plusSeconds(60)));
            assertThat(repos.slaSnapshots().ofOrganisations(List.of(1L), 30))
                    .containsEntry(1L, new SlaSnapshot(1, 30, 401, 19, T0.plusSeconds(1800)));
            assertThat(ao.count(SlaSnapshotAo.class)).isEqualTo(4);
        }

        @Test
        void readsTheSnapshotsOfMoreOrganisationsThanOneInClauseHolds() {
            List<Long> ids = new ArrayList<>();
            for (long org = 1; org <= InClause.CHUNK + 20; org++) {
                ids.add(org);
            }
            for (long org : new long[] {1, InClause.CHUNK, InClause.CHUNK + 1, InClause.CHUNK + 20}) {
                store(new SlaSnapshot(org, 30, org, 1, T0), new SlaSnapshot(org, 7, 1, 1, T0));
            }
            assertThat(repos.slaSnapshots().ofOrganisations(ids, 30)).hasSize(4)
                    .allSatisfy((id, snapshot) -> assertThat(snapshot.met()).isEqualTo(id));
        }

        @Test
        void racingRefreshesOfTheSameOrganisationKeepOneRowPerWindow() throws InterruptedException {
            RacingInserts.assumeTheDatabaseSurvivesThem(db);
            List<Outcome<Void>> outcomes = race(6, () -> {
                store(new SlaSnapshot(5, 7, 3, 1, T0), new SlaSnapshot(5, 30, 30, 2, T0), new SlaSnapshot(5, 90, 90, 3, T0));
                return null;
            });

            assertThat(outcomes).allMatch(Outcome::succeeded);
            assertThat(ao.count(SlaSnapshotAo.class)).isEqualTo(3);
            assertThat(repos.slaSnapshots().ofOrganisations(List.of(5L), 90))
                    .containsEntry(5L, new SlaSnapshot(5, 90, 90, 3, T0));
        }
    }
}
