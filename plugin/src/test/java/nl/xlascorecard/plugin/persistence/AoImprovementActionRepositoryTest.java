package nl.xlascorecard.plugin.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.action.domain.ActionState;
import nl.xlascorecard.core.action.domain.ImprovementAction;
import nl.xlascorecard.core.scorecard.domain.Category;
import nl.xlascorecard.core.shared.ConflictException;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;

class AoImprovementActionRepositoryTest {

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

        private static final Instant CREATED = Instant.parse("2026-03-01T10:00:00Z");

        @Test
        void storesAndReadsEveryField() {
            ImprovementAction stored = repos.actions().insert(new ImprovementAction(0, 20, 5L, Category.EMPATHY, "EMP_2",
                    "Bel elke \"maandag\" terug", "jdoe", LocalDate.of(2026, 4, 1), ActionState.OPEN, "ITSM-123", CREATED,
                    "sm", null, 0));

            assertThat(stored.id()).isPositive();
            assertThat(repos.actions().find(stored.id())).contains(stored);
            assertThat(repos.actions().find(stored.id() + 1000)).isEmpty();
        }

        @Test
        void updatesWithTheReadVersionAndRefusesAStaleOne() {
            ImprovementAction open = repos.actions().insert(action(21, "a", LocalDate.of(2026, 5, 1)));
            Instant doneAt = Instant.parse("2026-04-20T15:00:00Z");

            ImprovementAction done = repos.actions().update(done(open, doneAt));
            assertThat(done.version()).isEqualTo(1);
            assertThat(done.state()).isEqualTo(ActionState.DONE);
            assertThat(done.doneAt()).isEqualTo(doneAt);

            assertThatThrownBy(() -> repos.actions().update(done(open, doneAt)))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("version"));
        }

        @Test
        void listsOpenByDueDateUndatedLastThenDoneNewestFirst() {
            ImprovementAction undated = repos.actions().insert(action(22, "undated", null));
            ImprovementAction june = repos.actions().insert(action(22, "june", LocalDate.of(2026, 6, 1)));
            ImprovementAction may = repos.actions().insert(action(22, "may", LocalDate.of(2026, 5, 1)));
            ImprovementAction doneOld = repos.actions().update(done(repos.actions().insert(action(22, "done-old", null)),
                    Instant.parse("2026-02-01T00:00:00Z")));
            ImprovementAction doneNew = repos.actions().update(done(repos.actions().insert(action(22, "done-new", null)),
                    Instant.parse("2026-03-01T00:00:00Z")));
            repos.actions().insert(action(23, "other organisation", LocalDate.of(2026, 1, 1)));

            Page<ImprovementAction> all = repos.actions().listByOrganisation(22, null, new PageRequest(0, 10));
            assertThat(all.items()).extracting(ImprovementAction::id)
                    .containsExactly(may.id(), june.id(), undated.id(), doneNew.id(), doneOld.id());
            assertThat(all.total()).isEqualTo(5);

            Page<ImprovementAction> secondPage = repos.actions().listByOrganisation(22, null, new PageRequest(2, 2));
            assertThat(secondPage.items()).extracting(ImprovementAction::id).containsExactly(undated.id(), doneNew.id());
            assertThat(secondPage.isLastPage()).isFalse();

            assertThat(repos.actions().listByOrganisation(22, ActionState.DONE, new PageRequest(0, 10)).items())
                    .extracting(ImprovementAction::id).containsExactly(doneNew.id(), doneOld.id());
            assertThat(repos.actions().listByOrganisation(22, ActionState.OPEN, new PageRequest(0, 10)).total()).isEqualTo(3);
        }

        private static ImprovementAction action(long org, String text, LocalDate due) {
            return new ImprovementAction(0, org, null, null, null, text, null, due, ActionState.OPEN, null, CREATED, "sm", null, 0);
        }

        private static ImprovementAction done(ImprovementAction a, Instant at) {
            return new ImprovementAction(a.id(), a.organisationId(), a.roundId(), a.category(), a.statementKey(), a.text(),
                    a.ownerKey(), a.due(), ActionState.DONE, a.linkedIssueKey(), a.createdAt(), a.createdBy(), at, a.version());
        }
    }
}
