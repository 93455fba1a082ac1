package nl.xlascorecard.plugin.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.scorecard.domain.ScorecardTemplate;
import nl.xlascorecard.core.scorecard.domain.ScorecardConflicts;
import nl.xlascorecard.core.shared.ConflictException;
import nl.xlascorecard.plugin.persistence.ao.TemplateVersionAo;

class AoTemplateRepositoryTest {

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

        @BeforeEach
        void keepOnlyTheSeededVersion() {
            ao.deleteWithSQL(TemplateVersionAo.class, "VERSION > ?", 1);
        }

        @Test
        void theSeededDefaultIsVersionOne() {
            ScorecardTemplate latest = repos.templates().latest().orElseThrow();
            assertThat(latest.version()).isEqualTo(1);
            assertThat(latest.createdBy()).isNull();
            assertThat(latest.categories()).isEqualTo(TestTemplates.categories(SEED_TAG));
        }

        @Test
        void storesNewVersionsAndKeepsOldOnes() {
            ScorecardTemplate v2 = TestTemplates.small(2, "Twee \"quotes\" \\ \u00eb\n");
            assertThat(repos.templates().insert(v2)).isEqualTo(v2);

            assertThat(repos.templates().latest()).contains(v2);
            assertThat(repos.templates().byVersion(2)).contains(v2);
            assertThat(repos.templates().byVersion(1)).map(ScorecardTemplate::categories).contains(TestTemplates.categories(SEED_TAG));
            assertThat(repos.templates().byVersion(3)).isEmpty();
        }

        @Test
        void refusesAVersionThatExists() {
            repos.templates().insert(TestTemplates.small(2, "first"));

            assertThatThrownBy(() -> repos.templates().insert(TestTemplates.small(2, "second")))
                    .isInstanceOfSatisfying(ConflictException.class, e -> {
                        assertThat(e.field()).isEqualTo("basedOnVersion");
                        assertThat(e.messageKey()).isEqualTo(ScorecardConflicts.TEMPLATE_OUTDATED);
                    });
            assertThat(repos.templates().byVersion(2)).map(t -> t.categories().get(0).name().en()).contains("first RELIABILITY");
        }

        @Test
        void ofEightAdministratorsSavingTheSameVersionOneWins() throws Exception {
            List<Outcome<ScorecardTemplate>> outcomes = race(8, () -> repos.transactions().inTransaction(
                    () -> repos.templates().insert(TestTemplates.small(2, Thread.currentThread().getName()))));

            assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !o.succeeded())
                    .allSatisfy(o -> assertThat(o.failure()).isInstanceOf(ConflictException.class));
            assertThat(ao.count(TemplateVersionAo.class, "VERSION = ?", 2)).isEqualTo(1);
        }
    }
}
