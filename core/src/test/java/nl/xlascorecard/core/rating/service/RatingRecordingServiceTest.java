package nl.xlascorecard.core.rating.service;

import static nl.xlascorecard.core.shared.ValidationAssertions.fieldsAndKeys;
import static nl.xlascorecard.core.testing.FollowUpFixture.observation;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.followup.domain.FollowUp;
import nl.xlascorecard.core.followup.domain.FollowUpSettings;
import nl.xlascorecard.core.followup.domain.FollowUpState;
import nl.xlascorecard.core.rating.domain.RatingObservation;
import nl.xlascorecard.core.rating.domain.RatingOutcome;
import nl.xlascorecard.core.rating.domain.TicketRating;
import nl.xlascorecard.core.rating.port.in.RecordTicketRating.RatingRecorded;
import nl.xlascorecard.core.shared.calendar.BusinessCalendarConfig;
import nl.xlascorecard.core.testing.CoreFixture;
import nl.xlascorecard.core.testing.FollowUpFixture;

/** The clock stands at Wednesday 4 March 2026 10:00 in Amsterdam (09:00Z). */
class RatingRecordingServiceTest {

    private final FollowUpFixture f = new FollowUpFixture();

    private RatingRecorded record(RatingObservation o) {
        return f.recorder.record(o);
    }

    @Test
    void anUnhappyRatingIsStoredAndOpensOneFollowUpDueOneBusinessDayLater() {
        RatingRecorded r = record(observation("ITSM-42", 1, "2026-03-04T09:00:00Z"));

        assertThat(r.outcome()).isEqualTo(RatingOutcome.CREATED);
        assertThat(r.rating()).isEqualTo(new TicketRating("ITSM-42", 10_042, List.of(CoreFixture.ORG), 1,
                "Het duurde lang", Instant.parse("2026-03-04T09:00:00Z"), "cust1", "Anna de Vries", 0));
        FollowUp followUp = r.followUp().orElseThrow();
        assertThat(followUp.id()).isPositive();
        assertThat(followUp.requestKey()).isEqualTo("ITSM-42");
        assertThat(followUp.organisationId()).isEqualTo(CoreFixture.ORG);
        assertThat(followUp.assigneeKey()).isEqualTo("sm1");
        assertThat(followUp.state()).isEqualTo(FollowUpState.OPEN);
        assertThat(followUp.rating()).isEqualTo(1);
        assertThat(followUp.createdAt()).isEqualTo(CoreFixture.NOW);
        // Wed 10:00 local + 8.5 business hours = Thu 10:00 local
        assertThat(followUp.dueAt()).isEqualTo(Instant.parse("2026-03-05T09:00:00Z"));
        assertThat(f.followUps.all()).containsExactly(followUp);
    }

    @Test
    void theSameObservationTwiceChangesNothing() {
        RatingObservation o = observation("ITSM-42", 2, "2026-03-04T08:00:00Z");
        RatingRecorded first = record(o);
        RatingRecorded second = record(o);

        assertThat(second.outcome()).isEqualTo(RatingOutcome.UNCHANGED);
        assertThat(second.rating()).isEqualTo(first.rating());
        assertThat(second.followUp()).isEmpty();
        assertThat(f.followUps.all()).containsExactly(first.followUp().orElseThrow());
        assertThat(f.ratings.size()).isEqualTo(1);
    }

    @Test
    void deliveredEightTimesInARowGivesOneRatingAndOneFollowUp() {
        RatingObservation o = observation("ITSM-7", 1, "2026-03-04T08:00:00Z");
        List<RatingOutcome> outcomes = java.util.stream.IntStream.range(0, 8).mapToObj(i -> record(o).outcome()).toList();
        assertThat(outcomes).containsExactly(RatingOutcome.CREATED, RatingOutcome.UNCHANGED, RatingOutcome.UNCHANGED,
                RatingOutcome.UNCHANGED, RatingOutcome.UNCHANGED, RatingOutcome.UNCHANGED, RatingOutcome.UNCHANGED,
                RatingOutcome.UNCHANGED);
        assertThat(f.followUps.all()).hasSize(1);
    }

    @Test
    void aHappyOrNeutralRatingOpensNoFollowUp() {
        assertThat(record(observation("ITSM-1", 4, "2026-03-04T08:00:00Z")).followUp()).isEmpty();
        assertThat(record(observation("ITSM-2", 3, "2026-03-04T08:00:00Z")).followUp()).isEmpty();
        assertThat(f.followUps.all()).isEmpty();
        assertThat(f.ratings.size()).isEqualTo(2);
    }

    @Test
    void theThresholdIsASetting() {
        f.settings.put(new FollowUpSettings(3, 510, 120, 3, 14, BusinessCalendarConfig.defaults()));
        assertThat(record(observation("ITSM-2", 3, "2026-03-04T08:00:00Z")).followUp()).isPresent();
        assertThat(record(observation("ITSM-3", 4, "2026-03-04T08:00:00Z")).followUp()).isEmpty();
    }

    @Test
    void ratingOneThenFourThenOneKeepsOneFollowUpMarkedThenUnmarked() {
        FollowUp opened = record(observation("ITSM-42", 1, "2026-03-04T08:00:00Z")).followUp().orElseThrow();

        RatingRecorded raised = record(observation("ITSM-42", 4, "2026-03-04T08:30:00Z"));
        assertThat(raised.outcome()).isEqualTo(RatingOutcome.UPDATED);
        assertThat(raised.rating().rating()).isEqualTo(4);
        assertThat(raised.rating().version()).isEqualTo(1);
        assertThat(raised.followUp()).isEmpty();
        FollowUp marked = f.followUps.find(opened.id()).orElseThrow();
        assertThat(marked.ratingRaisedAboveThreshold()).isTrue();
        assertThat(marked.rating()).isEqualTo(4);
        assertThat(marked.isOpen()).isTrue();
        assertThat(marked.dueAt()).isEqualTo(opened.dueAt());

        RatingRecorded loweredAgain = record(observation("ITSM-42", 1, "2026-03-04T08:45:00Z"));
        assertThat(loweredAgain.outcome()).isEqualTo(RatingOutcome.UPDATED);
        assertThat(loweredAgain.followUp()).isEmpty();
        FollowUp unmarked = f.followUps.find(opened.id()).orElseThrow();
        assertThat(unmarked.ratingRaisedAboveThreshold()).isFalse();
        assertThat(unmarked.rating()).isEqualTo(1);
        assertThat(unmarked.dueAt()).isEqualTo(opened.dueAt());
        assertThat(f.followUps.all()).hasSize(1);
    }

    @Test
    void aRatingLoweredLaterOpensTheFollowUpFromTheNewRatingTime() {
        assertThat(record(observation("ITSM-42", 5, "2026-03-03T08:00:00Z")).followUp()).isEmpty();
        // changed to 2 stars on Wed 09:30 local (08:30Z): 7.5 h on Wednesday, 1 h on Thursday = Thu 09:30
        FollowUp f2 = record(observation("ITSM-42", 2, "2026-03-04T08:30:00Z")).followUp().orElseThrow();
        assertThat(f2.dueAt()).isEqualTo(Instant.parse("2026-03-05T08:30:00Z"));
        assertThat(f2.rating()).isEqualTo(2);
    }

    @Test
    void anOlderObservationThanTheStoredOneChangesNothing() {
        record(observation("ITSM-42", 4, "2026-03-04T08:30:00Z"));
        RatingRecorded late = record(observation("ITSM-42", 1, "2026-03-04T08:00:00Z"));
        assertThat(late.outcome()).isEqualTo(RatingOutcome.UNCHANGED);
        assertThat(late.rating().rating()).isEqualTo(4);
        assertThat(f.followUps.all()).isEmpty();
    }

    @Test
    void aClosedFollowUpIsHistoryWhenTheRatingChangesAgain() {
        FollowUp opened = record(observation("ITSM-42", 1, "2026-03-04T08:00:00Z")).followUp().orElseThrow();
        FollowUp done = f.followUps.put(opened.withCall(FollowUpState.DONE, null, 1, null, null,
                CoreFixture.NOW, CoreFixture.NOW, null));
        record(observation("ITSM-42", 5, "2026-03-04T08:50:00Z"));
        record(observation("ITSM-42", 1, "2026-03-04T08:55:00Z"));
        assertThat(f.followUps.all()).containsExactly(done);
    }

    @Test
    void severalOrganisationsCallBackForTheLowestIdOnce() {
        f.core.directory.add(3, "Zorgcentrum West");
        FollowUp followUp = record(observation("ITSM-5", 1, "2026-03-04T08:00:00Z", List.of(3L, 2L))).followUp()
                .orElseThrow();
        assertThat(followUp.organisationId()).isEqualTo(2);
        // organisation 2 lists no service manager: the service-manager group takes it
        assertThat(followUp.assigneeKey()).isNull();
        assertThat(f.ratings.find("ITSM-5").orElseThrow().organisationIds()).containsExactly(2L, 3L);
    }

    @Test
    void aRequestWithoutOrganisationIsStoredButNotCalledBack() {
        RatingRecorded r = record(observation("ITSM-6", 1, "2026-03-04T08:00:00Z", List.of()));
        assertThat(r.outcome()).isEqualTo(RatingOutcome.CREATED);
        assertThat(r.followUp()).isEmpty();
    }

    @Test
    void aRatingOlderThanTheMaximumAgeCountsButIsNotCalledBack() {
        // 14 days before Wed 4 March 09:00Z is 18 February 09:00Z
        assertThat(record(observation("ITSM-8", 1, "2026-02-18T08:59:59Z")).followUp()).isEmpty();
        assertThat(record(observation("ITSM-9", 1, "2026-02-18T09:00:00Z")).followUp()).isPresent();
        assertThat(f.ratings.size()).isEqualTo(2);
    }

    @Test
    void textsAreStrippedAndBlankTextsAbsent() {
        TicketRating r = record(new RatingObservation(" ITSM-3 ", 3, Arrays.asList(1L, 1L), 3, "   ",
                Instant.parse("2026-03-04T08:00:00Z"), " ", " Jan ")).rating();
        assertThat(r.requestKey()).isEqualTo("ITSM-3");
        assertThat(r.comment()).isNull();
        assertThat(r.requesterKey()).isNull();
        assertThat(r.requesterName()).isEqualTo("Jan");
        assertThat(r.organisationIds()).containsExactly(1L);
    }

    @Test
    void reportsEveryInvalidFieldAtOnceAndStoresNothing() {
        RatingObservation bad = new RatingObservation("itsm 42", 0, Arrays.asList(1L, null, -4L), 6,
                "x".repeat(4001), null, "k".repeat(256), "n".repeat(256));
        assertThat(fieldsAndKeys(() -> record(bad))).containsExactly(
                "requestKey=xla.error.rating.requestKeyFormat",
                "requestId=xla.error.field.range",
                "organisationIds[1]=xla.error.field.required",
                "organisationIds[2]=xla.error.field.range",
                "rating=xla.error.field.range",
                "comment=xla.error.field.tooLong",
                "ratedAt=xla.error.field.required",
                "requesterKey=xla.error.field.tooLong",
                "requesterName=xla.error.field.tooLong");
        assertThat(fieldsAndKeys(() -> record(null))).containsExactly("rating=xla.error.field.required");
        assertThat(fieldsAndKeys(() -> record(new RatingObservation("A-1".repeat(100), 1, List.of(), 0, null,
                CoreFixture.NOW, null, null)))).containsExactly("requestKey=xla.error.field.tooLong",
                "rating=xla.error.field.range");
        assertThat(fieldsAndKeys(() -> record(new RatingObservation("ITSM-1", 1,
                java.util.stream.LongStream.rangeClosed(1, 101).boxed().toList(), 1, null, CoreFixture.NOW, null,
                null)))).containsExactly("organisationIds=xla.error.rating.organisations.tooMany");
        assertThat(f.ratings.size()).isZero();
        assertThat(f.tx.count()).isZero();
    }

    @Test
    void aFourThousandCharacterCommentIsAccepted() {
        String comment = "é".repeat(4000);
        assertThat(record(new RatingObservation("ITSM-1", 1, List.of(1L), 5, comment, CoreFixture.NOW, null, null))
                .rating().comment()).isEqualTo(comment);
    }
}
