package nl.xlascorecard.plugin.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.followup.domain.FollowUpSettings;
import nl.xlascorecard.core.shared.calendar.BusinessCalendarConfig;
import nl.xlascorecard.core.shared.calendar.WorkingHours;
import nl.xlascorecard.plugin.persistence.ao.FollowUpSettingsAo;
import nl.xlascorecard.plugin.persistence.ao.ReconCheckpointAo;

class AoFollowUpSettingsAndCheckpointTest {

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

        @Test
        void settingsAreTheDefaultsUntilSavedThenWhatWasSaved() {
            assertThat(repos.followUpSettings().load()).isEqualTo(FollowUpSettings.defaults());

            FollowUpSettings custom = new FollowUpSettings(1, 240, 30, 5, 30, new BusinessCalendarConfig("Europe/London",
                    Map.of(DayOfWeek.SATURDAY, WorkingHours.of("10:00", "14:00"), DayOfWeek.MONDAY, WorkingHours.of("07:45", "18:15")),
                    List.of(LocalDate.of(2026, 12, 28), LocalDate.of(2026, 8, 31))));
            assertThat(repos.followUpSettings().save(custom)).isEqualTo(custom);
            assertThat(repos.followUpSettings().load()).isEqualTo(custom);

            FollowUpSettings noHolidays = new FollowUpSettings(2, 510, 0, 3, 14, new BusinessCalendarConfig("Europe/Amsterdam",
                    Map.of(DayOfWeek.FRIDAY, WorkingHours.of("09:00", "12:00")), List.of()));
            repos.followUpSettings().save(noHolidays);
            assertThat(repos.followUpSettings().load()).isEqualTo(noHolidays);
            assertThat(ao.count(FollowUpSettingsAo.class)).isEqualTo(1);
        }

        @Test
        void concurrentFirstSavesStoreOneRow() throws InterruptedException {
            List<Outcome<FollowUpSettings>> outcomes = race(4, () -> repos.followUpSettings().save(FollowUpSettings.defaults()));

            assertThat(outcomes).allMatch(Outcome::succeeded);
            assertThat(ao.count(FollowUpSettingsAo.class)).isEqualTo(1);
        }

        @Test
        void theCheckpointIsEmptyThenAdvancesAndNeverMovesBack() {
            assertThat(repos.reconciliationCheckpoint().last()).isEmpty();

            advance(T0);
            assertThat(repos.reconciliationCheckpoint().last()).contains(T0);
            advance(T0.plusSeconds(900));
            assertThat(repos.reconciliationCheckpoint().last()).contains(T0.plusSeconds(900));
            advance(T0.plusSeconds(300));
            assertThat(repos.reconciliationCheckpoint().last()).contains(T0.plusSeconds(900));
            assertThat(ao.count(ReconCheckpointAo.class)).isEqualTo(1);
        }

        @Test
        void concurrentAdvancesKeepTheLatest() throws InterruptedException {
            advance(T0);
            AtomicInteger next = new AtomicInteger();

            List<Outcome<Object>> outcomes = race(6, () -> {
                advance(T0.plusSeconds(60L * next.incrementAndGet()));
                return null;
            });

            assertThat(outcomes).allMatch(Outcome::succeeded);
            assertThat(repos.reconciliationCheckpoint().last()).contains(T0.plusSeconds(360));
        }

        private void advance(Instant to) {
            repos.transactions().inTransaction(() -> {
                repos.reconciliationCheckpoint().advanceTo(to);
                return null;
            });
        }
    }
}
