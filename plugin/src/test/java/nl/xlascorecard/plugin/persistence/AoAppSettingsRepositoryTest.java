package nl.xlascorecard.plugin.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.organisation.domain.AppSettings;
import nl.xlascorecard.plugin.persistence.ao.AppSettingsAo;

class AoAppSettingsRepositoryTest {

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

        @Test
        void defaultsUntilSavedThenWhatWasSaved() {
            assertThat(repos.settings().load()).isEqualTo(AppSettings.defaults());

            AppSettings first = new AppSettings("servicemanagers", true, 70, 8);
            assertThat(repos.settings().save(first)).isEqualTo(first);
            AppSettings second = new AppSettings("xla-sm", false, 55, 5);
            repos.settings().save(second);

            assertThat(repos.settings().load()).isEqualTo(second);
            assertThat(ao.count(AppSettingsAo.class)).isEqualTo(1);
        }

        @Test
        void concurrentFirstSavesLeaveOneRow() throws Exception {
            List<Outcome<AppSettings>> outcomes = race(8, () -> repos.transactions().inTransaction(
                    () -> repos.settings().save(new AppSettings("group-" + Thread.currentThread().threadId(), false, 60, 5))));

            assertThat(outcomes).allSatisfy(o -> assertThat(o.failure()).isNull());
            assertThat(ao.count(AppSettingsAo.class)).isEqualTo(1);
            assertThat(outcomes).extracting(o -> o.value().serviceManagerGroup()).contains(repos.settings().load().serviceManagerGroup());
        }
    }
}
