package nl.xlascorecard.plugin.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import net.java.ao.DBParam;
import net.java.ao.Query;

import nl.xlascorecard.plugin.persistence.ao.AppSettingsAo;
import nl.xlascorecard.plugin.persistence.ao.ResponseAo;

class AoTransactionRunnerTest {

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
        void aFailedUnitOfWorkLeavesNothingBehind() {
            assertThatThrownBy(() -> repos.transactions().inTransaction(() -> {
                repos.settings().save(new nl.xlascorecard.core.organisation.domain.AppSettings("g", false, 60, 5));
                throw new IllegalStateException("validation failed half-way");
            })).hasMessage("validation failed half-way");
            assertThat(ao.count(AppSettingsAo.class)).isZero();
        }

        @Test
        void retriesTheOutermostWorkAfterALostRaceInAFreshTransaction() {
            AtomicInteger attempts = new AtomicInteger();
            String result = repos.transactions().inTransaction(() -> repos.transactions().inTransaction(() -> {
                ao.create(ResponseAo.class, new DBParam("ROUND_ID", 1L), new DBParam("RESPONDENT_ROLE", "END_USER"),
                        new DBParam("SUBMITTED_AT", 0L), new DBParam("RESPONSE_KEY", "attempt-" + attempts.incrementAndGet()));
                if (attempts.get() == 1) {
                    throw new UniqueKeyRace("test", null);
                }
                return "done";
            }));

            assertThat(result).isEqualTo("done");
            assertThat(attempts).hasValue(2);
            assertThat(ao.find(ResponseAo.class, Query.select())).extracting(ResponseAo::getResponseKey)
                    .as("the first attempt was rolled back").containsExactly("attempt-2");
        }

        @Test
        void givesUpAfterThreeAttempts() {
            AtomicInteger attempts = new AtomicInteger();
            assertThatThrownBy(() -> repos.transactions().inTransaction(() -> {
                attempts.incrementAndGet();
                throw new UniqueKeyRace("always", null);
            })).isInstanceOf(UniqueKeyRace.class);
            assertThat(attempts).hasValue(AoTransactionRunner.MAX_ATTEMPTS);
        }

        @Test
        void foundEntitiesCarryWholeRowsFromTheirOneSelect() {
            repos.responses().upsert(new nl.xlascorecard.core.scorecard.domain.Response(0, 8,
                    nl.xlascorecard.core.scorecard.domain.RespondentRole.END_USER, "a", null, java.util.Map.of("REL_1", 5),
                    java.util.Map.of(), null, java.time.Instant.EPOCH));
            ResponseAo[] found = ao.find(ResponseAo.class, Query.select().where("ROUND_ID = ?", 8L));
            ao.deleteWithSQL(ResponseAo.class, "ROUND_ID = ?", 8L);

            // Read after the row is gone: only a value loaded by the find's own SELECT can answer, so reading
            // a round's responses is one query, not one more per column.
            assertThat(found[0].getScores()).isEqualTo("{\"REL_1\":5}");
            assertThat(found[0].getRespondentRef()).isEqualTo("a");
        }
    }
}
