package nl.xlascorecard.plugin.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.organisation.port.out.OrganisationDirectory;
import nl.xlascorecard.core.scorecard.domain.Round;
import nl.xlascorecard.core.scorecard.domain.RoundKind;
import nl.xlascorecard.core.scorecard.domain.RoundState;
import nl.xlascorecard.core.scorecard.domain.ScorecardConflicts;
import nl.xlascorecard.core.scorecard.port.in.RecordResponses.SubmitResponseCommand;
import nl.xlascorecard.core.scorecard.port.out.ResponseRepository;
import nl.xlascorecard.core.scorecard.port.out.RoundRepository;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.ConflictException;
import nl.xlascorecard.core.shared.Role;
import nl.xlascorecard.plugin.config.XlaApp;
import nl.xlascorecard.plugin.persistence.ao.ResponseAo;

/**
 * A response submitted while the round is being closed, through the core's services on the real
 * repositories: it is either stored before the close commits, or refused (409); never stored in a
 * round that is already closed. Each race is made deterministic by holding one side inside its
 * transaction at the critical point while the other side runs.
 */
class ResponseCloseRaceTest {

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

        private static final Caller ADMIN = new Caller("admin", Set.of(Role.ADMINISTRATOR), Set.of(), Set.of());
        private static final SubmitResponseCommand RESPONSE = new SubmitResponseCommand("END_USER", "F-1", null,
                Map.of("REL_1", 80), Map.of(), null);
        /** How long a side that should be blocked is given to (wrongly) get through. */
        private static final long BLOCKED_MILLIS = 1500;

        /** Where a paused side waits: armed for one call by the test, then released (one per test). */
        private Pause pause;
        /** Two threads of their own: the common pool may have a single worker on a small machine. */
        private ExecutorService threads;

        @AfterEach
        void stopThreads() {
            if (threads != null) {
                threads.shutdownNow();
            }
        }

        private XlaApp app(boolean pauseClose, boolean pauseUpsert) {
            pause = new Pause();
            RoundRepository rounds = pausing(RoundRepository.class, repos.rounds(), pauseClose ? "update" : null);
            ResponseRepository responses = pausing(ResponseRepository.class, repos.responses(),
                    pauseUpsert ? "upsert" : null);
            threads = Executors.newFixedThreadPool(2);
            return new XlaApp(new XlaApp.Ports(unusedDirectory(), repos.profiles(), repos.settings(), repos.templates(),
                    rounds, responses, repos.actions(), repos.transactions()), Clock.fixed(Instant.parse("2026-03-04T09:00:00Z"), ZoneOffset.UTC));
        }

        private Round openRound() {
            return repos.transactions().inTransaction(() -> repos.rounds().insert(new Round(0, 1, RoundKind.PERIODIC,
                    null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 21), RoundState.OPEN, 1, true, 0,
                    Instant.parse("2026-02-01T08:00:00Z"), "admin", Instant.parse("2026-03-01T08:00:00Z"), null, 0)));
        }

        @Test
        void aSubmitAfterTheCloseIsRefused() {
            XlaApp app = app(false, false);
            Round round = openRound();
            app.rounds().close(ADMIN, round.id(), round.version());

            assertThatThrownBy(() -> app.responses().submit(ADMIN, round.id(), RESPONSE))
                    .isInstanceOfSatisfying(ConflictException.class,
                            e -> assertThat(e.messageKey()).isEqualTo(ScorecardConflicts.ROUND_NOT_ACCEPTING_RESPONSES));
            assertThat(ao.count(ResponseAo.class)).isZero();
        }

        @Test
        void aSubmitDuringAnUncommittedCloseWaitsAndIsRefused() throws Exception {
            XlaApp app = app(true, false);
            Round round = openRound();
            pause.arm();
            CompletableFuture<Round> close = CompletableFuture.supplyAsync(
                    () -> app.rounds().close(ADMIN, round.id(), round.version()), threads);
            pause.awaitReached();
            // The close has written the round inside its transaction and waits there.
            CompletableFuture<Object> submit = CompletableFuture.supplyAsync(
                    () -> app.responses().submit(ADMIN, round.id(), RESPONSE), threads);
            boolean submitGotThrough = finishes(submit);
            pause.release();

            assertThat(close.get(30, TimeUnit.SECONDS).state()).isEqualTo(RoundState.CLOSED);
            assertThat(submitGotThrough).as("submit finished while the close held the round").isFalse();
            assertThatThrownBy(() -> submit.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(ConflictException.class);
            assertThat(ao.count(ResponseAo.class)).isZero();
        }

        @Test
        void aCloseDuringAnUncommittedSubmitWaitsForTheResponse() throws Exception {
            XlaApp app = app(false, true);
            Round round = openRound();
            pause.arm();
            CompletableFuture<Object> submit = CompletableFuture.supplyAsync(
                    () -> app.responses().submit(ADMIN, round.id(), RESPONSE), threads);
            pause.awaitReached();
            // The submit has checked the round inside its transaction and is about to store the response.
            CompletableFuture<Round> close = CompletableFuture.supplyAsync(
                    () -> app.rounds().close(ADMIN, round.id(), round.version()), threads);
            boolean closeGotThrough = finishes(close);
            pause.release();

            assertThat(closeGotThrough).as("close finished while a submit that saw OPEN was storing").isFalse();
            submit.get(30, TimeUnit.SECONDS);
            assertThat(close.get(30, TimeUnit.SECONDS).state()).isEqualTo(RoundState.CLOSED);
            assertThat(ao.count(ResponseAo.class)).isEqualTo(1);
        }

        private static boolean finishes(CompletableFuture<?> future) throws InterruptedException {
            try {
                future.get(BLOCKED_MILLIS, TimeUnit.MILLISECONDS);
                return true;
            } catch (ExecutionException e) {
                return true;
            } catch (TimeoutException e) {
                return false;
            }
        }

        /** {@code delegate}, pausing after {@code method} (when armed) as if the thread were slow there. */
        private <T> T pausing(Class<T> type, T delegate, String method) {
            return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, m, args) -> {
                boolean pauseHere = m.getName().equals(method) && pause.takeArmed();
                Object result;
                try {
                    result = m.invoke(delegate, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
                if (pauseHere) {
                    pause.hold();
                }
                return result;
            }));
        }

        private static OrganisationDirectory unusedDirectory() {
            return (OrganisationDirectory) Proxy.newProxyInstance(OrganisationDirectory.class.getClassLoader(),
                    new Class<?>[] {OrganisationDirectory.class}, (proxy, m, args) -> {
                        throw new AssertionError("the directory is not needed to submit or close");
                    });
        }
    }

    /** One pause point: armed by the test, taken by the first call, held until released. */
    private static final class Pause {
        private volatile boolean armed;
        private final CountDownLatch reached = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        void arm() {
            armed = true;
        }

        synchronized boolean takeArmed() {
            boolean was = armed;
            armed = false;
            return was;
        }

        void hold() throws InterruptedException {
            reached.countDown();
            if (!released.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("the test never released the pause");
            }
        }

        void awaitReached() throws InterruptedException {
            if (!reached.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("the paused side never reached its pause");
            }
        }

        void release() {
            released.countDown();
        }
    }
}
