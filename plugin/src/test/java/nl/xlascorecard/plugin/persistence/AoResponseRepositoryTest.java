package nl.xlascorecard.plugin.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.scorecard.domain.Category;
import nl.xlascorecard.core.scorecard.domain.RespondentRole;
import nl.xlascorecard.core.scorecard.domain.Response;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.plugin.persistence.ao.ResponseAo;

class AoResponseRepositoryTest {

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

        private static final Instant AT = Instant.parse("2026-03-10T12:00:00.500Z");
        /** Text that breaks naive encodings: quotes, backslash, braces, line breaks, non-ASCII. */
        private static final String HOSTILE = "Zeer \"goed\" \\ {\"x\":1} <b>&amp;</b>\nregel 2\t€ ë 漢字 😀";

        @Test
        void storesScoresCommentsAndTextsExactly() {
            Response stored = repos.responses().upsert(new Response(0, 1, RespondentRole.END_USER, "form-17", "Anna de Vries",
                    Map.of("REL_1", 80, "REL_2", 1, "COM_1", 100),
                    Map.of(Category.RELIABILITY, HOSTILE, Category.EMPATHY, "ok"), HOSTILE, AT));

            Response read = repos.responses().listAll(1).get(0);
            assertThat(read).isEqualTo(stored);
            assertThat(read.scores()).containsExactlyInAnyOrderEntriesOf(Map.of("REL_1", 80, "REL_2", 1, "COM_1", 100));
            assertThat(read.comments()).containsEntry(Category.RELIABILITY, HOSTILE);
            assertThat(read.onePointBetter()).isEqualTo(HOSTILE);
        }

        @Test
        void storesEmptyAnswersAsNull() {
            Response stored = repos.responses().upsert(new Response(0, 1, RespondentRole.EXECUTIVE, "", "", Map.of(),
                    Map.of(Category.ASSURANCE, ""), "", AT));

            ResponseAo row = ao.get(ResponseAo.class, (int) stored.id());
            assertThat(row.getRespondentRef()).isNull();
            assertThat(row.getRespondentName()).isNull();
            assertThat(row.getScores()).isNull();
            assertThat(row.getComments()).isNull();
            assertThat(row.getOnePointBetter()).isNull();
            assertThat(stored.scores()).isEmpty();
            assertThat(stored.comments()).isEmpty();
        }

        @Test
        void aResubmissionWithTheSameRefReplacesTheResponse() {
            Response first = repos.responses().upsert(response(2, "inv-1", 40));
            Response again = repos.responses().upsert(response(2, "inv-1", 90));
            repos.responses().upsert(response(3, "inv-1", 70));

            assertThat(again.id()).isEqualTo(first.id());
            assertThat(repos.responses().listAll(2)).extracting(r -> r.scores().get("REL_1")).containsExactly(90);
            assertThat(repos.responses().count(3)).isEqualTo(1);
        }

        @Test
        void responsesWithoutRefAreNeverMerged() {
            repos.responses().upsert(response(4, null, 10));
            repos.responses().upsert(response(4, null, 10));
            assertThat(repos.responses().count(4)).isEqualTo(2);
        }

        @Test
        void eightConcurrentSubmissionsOfOneRefStoreOneResponse() throws Exception {
            List<Outcome<Response>> outcomes = race(8, () -> repos.transactions().inTransaction(
                    () -> repos.responses().upsert(response(5, "inv-race", 55))));

            assertThat(outcomes).allSatisfy(o -> assertThat(o.failure()).isNull());
            assertThat(outcomes).extracting(o -> o.value().id()).containsOnly(outcomes.get(0).value().id());
            assertThat(ao.count(ResponseAo.class, "ROUND_ID = ?", 5L)).isEqualTo(1);
        }

        @Test
        void listsAllOfARoundAndPagesInEntryOrder() {
            for (int i = 1; i <= 7; i++) {
                repos.responses().upsert(response(6, "r" + i, i));
            }
            repos.responses().upsert(response(7, "other", 1));

            assertThat(repos.responses().listAll(6)).extracting(Response::respondentRef)
                    .containsExactly("r1", "r2", "r3", "r4", "r5", "r6", "r7");
            Page<Response> page = repos.responses().list(6, new PageRequest(5, 5));
            assertThat(page.items()).extracting(Response::respondentRef).containsExactly("r6", "r7");
            assertThat(page.total()).isEqualTo(7);
            assertThat(page.isLastPage()).isTrue();
            assertThat(repos.responses().count(6)).isEqualTo(7);
            assertThat(repos.responses().listAll(99)).isEmpty();
        }

        private static Response response(long round, String ref, int score) {
            return new Response(0, round, RespondentRole.ICT_MANAGER, ref, null, Map.of("REL_1", score), Map.of(), null, AT);
        }
    }
}
