package nl.xlascorecard.plugin.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.scorecard.domain.Category;
import nl.xlascorecard.core.scorecard.domain.RespondentRole;
import nl.xlascorecard.core.scorecard.domain.Response;
import nl.xlascorecard.core.scorecard.domain.Round;
import nl.xlascorecard.core.scorecard.domain.RoundKind;
import nl.xlascorecard.core.scorecard.domain.RoundState;
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

        @Test
        void storesTheRelationshipAnswerAndItsCommentInColumnsOfTheirOwn() {
            Response stored = repos.responses().upsert(nps(1, 0, AT, HOSTILE));
            Response unanswered = repos.responses().upsert(response(1, null, 50));

            assertThat(repos.responses().listAll(1)).containsExactly(stored, unanswered);
            assertThat(stored.recommendation()).isZero();
            assertThat(stored.recommendationComment()).isEqualTo(HOSTILE);
            ResponseAo row = ao.get(ResponseAo.class, (int) unanswered.id());
            assertThat(row.getRecommendation()).isNull();
            assertThat(row.getRecommendationComment()).isNull();
            assertThat(ao.get(ResponseAo.class, (int) stored.id()).getRecommendation()).isZero();
        }

        @Test
        void aResubmissionReplacesTheRecommendation() {
            repos.responses().upsert(new Response(0, 2, RespondentRole.EXECUTIVE, "inv-1", null, Map.of(), Map.of(),
                    null, AT, 3, "Traag"));
            repos.responses().upsert(new Response(0, 2, RespondentRole.EXECUTIVE, "inv-1", null, Map.of(), Map.of(),
                    null, AT, null, ""));

            Response read = repos.responses().listAll(2).get(0);
            assertThat(read.recommendation()).isNull();
            assertThat(read.recommendationComment()).isNull();
            assertThat(repos.responses().recommendationCounts(2)).containsOnly(0L);
        }

        @Test
        void countsTheAnswersOfOneRoundPerAnswer() {
            for (int answer : new int[] {0, 6, 6, 7, 9, 10, 10, 10}) {
                repos.responses().upsert(nps(3, answer, AT, null));
            }
            repos.responses().upsert(response(3, null, 40));
            repos.responses().upsert(nps(4, 5, AT, null));

            assertThat(repos.responses().recommendationCounts(3))
                    .containsExactly(1, 0, 0, 0, 0, 0, 2, 1, 0, 1, 3);
            assertThat(repos.responses().recommendationCounts(4)).containsExactly(0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0);
            assertThat(repos.responses().recommendationCounts(99)).hasSize(11).containsOnly(0L);
        }

        @Test
        void countsTheAnswersOfOneOrganisationSubmittedInAHalfOpenWindowOverAllItsRounds() {
            long spring = repos.rounds().insert(round(11, "2026-03-01")).id();
            long autumn = repos.rounds().insert(round(11, "2026-09-01")).id();
            long otherOrganisation = repos.rounds().insert(round(12, "2026-03-01")).id();
            Instant from = Instant.parse("2026-03-01T00:00:00Z");
            Instant to = Instant.parse("2026-04-01T00:00:00Z");
            repos.responses().upsert(nps(spring, 9, from, null));                        // first instant: in
            repos.responses().upsert(nps(spring, 8, to.minusMillis(1), null));           // last instant: in
            repos.responses().upsert(nps(autumn, 2, Instant.parse("2026-03-15T10:00:00Z"), null)); // other round: in
            repos.responses().upsert(nps(spring, 10, to, null));                         // end is exclusive: out
            repos.responses().upsert(nps(spring, 10, from.minusMillis(1), null));        // before: out
            repos.responses().upsert(nps(otherOrganisation, 0, from.plusSeconds(60), null)); // other organisation: out
            repos.responses().upsert(new Response(0, spring, RespondentRole.END_USER, null, null, Map.of("REL_1", 60),
                    Map.of(), null, from.plusSeconds(60)));                               // not answered: out

            assertThat(repos.responses().recommendationCounts(11, from, to))
                    .containsExactly(0, 0, 1, 0, 0, 0, 0, 0, 1, 1, 0);
            assertThat(repos.responses().recommendationCounts(12, from, to))
                    .containsExactly(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
            assertThat(repos.responses().recommendationCounts(13, from, to)).hasSize(11).containsOnly(0L);
            assertThat(repos.responses().recommendationCounts(11, to, to)).containsOnly(0L);
        }

        @Test
        void closedRoundsOnlyLeavesOutTheAnswersOfRoundsNotClosed() {
            Round spring = repos.rounds().insert(round(21, "2026-03-01"));
            long open = repos.rounds().insert(round(21, "2026-04-01")).id();
            repos.rounds().update(new Round(spring.id(), 21, RoundKind.PERIODIC, "", spring.opens(), spring.closes(),
                    RoundState.CLOSED, 1, false, 0, AT, "sm", AT, AT, spring.version()));
            Instant from = Instant.parse("2026-01-01T00:00:00Z");
            Instant to = Instant.parse("2027-01-01T00:00:00Z");
            repos.responses().upsert(nps(spring.id(), 9, Instant.parse("2026-03-05T10:00:00Z"), null));
            repos.responses().upsert(nps(open, 1, Instant.parse("2026-04-05T10:00:00Z"), null));

            assertThat(repos.responses().recommendationCounts(21, from, to, true))
                    .containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0);
            assertThat(repos.responses().recommendationCounts(21, from, to, false))
                    .containsExactly(0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0);
            assertThat(repos.responses().recommendationCounts(21, from, to))
                    .containsExactly(0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0);
        }

        private static Round round(long organisation, String opens) {
            LocalDate start = LocalDate.parse(opens);
            return new Round(0, organisation, RoundKind.PERIODIC, "", start, start.plusDays(20), RoundState.PLANNED, 1,
                    false, 0, AT, "sm", null, null, 0);
        }

        private static Response nps(long round, int answer, Instant at, String comment) {
            return new Response(0, round, RespondentRole.END_USER, null, null, Map.of(), Map.of(), null, at, answer,
                    comment);
        }

        private static Response response(long round, String ref, int score) {
            return new Response(0, round, RespondentRole.ICT_MANAGER, ref, null, Map.of("REL_1", score), Map.of(), null, AT);
        }
    }
}
