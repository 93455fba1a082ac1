package nl.xlascorecard.plugin.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.atlassian.scheduler.JobRunnerResponse;

import nl.xlascorecard.core.followup.domain.FollowUpNotice;
import nl.xlascorecard.core.followup.domain.FollowUpNotice.Kind;
import nl.xlascorecard.core.rating.domain.RatingObservation;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.plugin.jira.scheduler.FollowUpReminderJob;
import nl.xlascorecard.plugin.jira.scheduler.RatingReconciliationJob;

/**
 * The two job runners over the real app on HSQLDB, wired through {@code XlaApp} with rating ports:
 * the reconciliation job records a rating that no event delivered and opens its follow-up; the
 * reminder job escalates it once it is overdue, once.
 */
class JobRunnersOnHsqldbTest {

    /** Wednesday 11 March 2026, 10:00 in Amsterdam. */
    private static final Instant NOW = Instant.parse("2026-03-11T09:00:00Z");

    @Test
    void reconciliationRecordsAMissedRatingAndTheReminderJobEscalatesItOnce() throws Exception {
        RatingObservation missed = new RatingObservation("ITSM-77", 10077, List.of(RatingsOnHsqldb.ORGANISATION.id()), 1,
                null, Instant.parse("2026-03-09T09:00:00Z"), "cust-7", "Klant");
        List<FollowUpNotice> sent = new ArrayList<>();
        try (RatingsOnHsqldb app = new RatingsOnHsqldb(
                (rating, since, page) -> rating == 1 && page.start() == 0
                        ? new Page<>(List.of(missed), page.start(), page.limit(), 1)
                        : new Page<>(List.of(), page.start(), page.limit(), rating == 1 ? 1 : 0),
                sent::add, Clock.fixed(NOW, ZoneOffset.UTC))) {

            JobRunnerResponse reconciled = new RatingReconciliationJob(app.app.reconcileRatings()).runJob(null);
            JobRunnerResponse reminded = new FollowUpReminderJob(app.app.followUpReminders()).runJob(null);
            JobRunnerResponse remindedAgain = new FollowUpReminderJob(app.app.followUpReminders()).runJob(null);

            assertThat(reconciled.getMessage()).contains("created=1", "followUps=1");
            assertThat(app.repositories.followUps().findByRequestKey("ITSM-77")).isPresent();
            assertThat(app.repositories.reconciliationCheckpoint().last()).contains(NOW);
            assertThat(reminded.getMessage()).contains("escalations=1");
            assertThat(remindedAgain.getMessage()).contains("escalations=0");
            assertThat(sent).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(Kind.ESCALATION);
                assertThat(n.organisationName()).isEqualTo(RatingsOnHsqldb.ORGANISATION.name());
            });
        }
    }
}
