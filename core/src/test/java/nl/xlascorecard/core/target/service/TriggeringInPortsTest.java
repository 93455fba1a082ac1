package nl.xlascorecard.core.target.service;

import static nl.xlascorecard.core.testing.CoreFixture.ORG;
import static nl.xlascorecard.core.testing.FollowUpFixture.observation;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.followup.domain.FollowUp;
import nl.xlascorecard.core.followup.port.in.WorkFollowUps;
import nl.xlascorecard.core.followup.port.in.WorkFollowUps.CallLog;
import nl.xlascorecard.core.rating.port.in.RecordTicketRating;
import nl.xlascorecard.core.scorecard.domain.Round;
import nl.xlascorecard.core.scorecard.domain.RoundKind;
import nl.xlascorecard.core.scorecard.domain.RoundProposal;
import nl.xlascorecard.core.scorecard.domain.RoundState;
import nl.xlascorecard.core.scorecard.port.in.ManageRounds;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.core.target.domain.XlaMetric;
import nl.xlascorecard.core.target.port.in.TargetEvaluationTrigger;
import nl.xlascorecard.core.testing.Callers;
import nl.xlascorecard.core.testing.FollowUpFixture;
import nl.xlascorecard.core.testing.Rounds;

/** Which changes of the wrapped in-ports ask for an evaluation, and of which metrics. */
class TriggeringInPortsTest {

    private record Call(List<Long> organisations, Set<XlaMetric> metrics) {
    }

    private final FollowUpFixture f = new FollowUpFixture();
    private final List<Call> calls = new ArrayList<>();
    private final TargetEvaluationTrigger recording = (Collection<Long> organisations, Collection<XlaMetric> metrics) ->
            calls.add(new Call(List.copyOf(organisations), Set.copyOf(metrics)));

    @Test
    void aNewOrChangedRatingTriggersItsOrganisationsAndARepeatDoesNot() {
        RecordTicketRating ratings = TriggeringInPorts.ratings(f.recorder, recording);
        ratings.record(observation("ITSM-1", 5, "2026-03-04T08:00:00Z", List.of(1L, 2L)));
        ratings.record(observation("ITSM-1", 5, "2026-03-04T08:00:00Z", List.of(1L, 2L)));
        ratings.record(observation("ITSM-1", 2, "2026-03-04T08:30:00Z", List.of(1L, 2L)));

        assertThat(calls).containsExactly(
                new Call(List.of(1L, 2L), Set.of(XlaMetric.CSAT_PERCENT, XlaMetric.MEAN_RATING)),
                new Call(List.of(1L, 2L), Set.of(XlaMetric.CSAT_PERCENT, XlaMetric.MEAN_RATING)));
    }

    @Test
    void onlyACallThatClosesTheFollowUpTriggersItsOrganisation() {
        FollowUp followUp = f.recorder.record(observation("ITSM-4", 1, "2026-03-04T08:00:00Z")).followUp().orElseThrow();
        WorkFollowUps work = TriggeringInPorts.followUps(f.work, recording);
        Caller sm = Callers.serviceManager("sm1");

        work.logCall(sm, followUp.id(), 0, new CallLog("NOT_REACHED", 1, null, null, Instant.parse("2026-03-04T08:30:00Z"), null));
        assertThat(calls).isEmpty();
        work.logCall(sm, followUp.id(), 1, new CallLog("REACHED", 1, null, null, Instant.parse("2026-03-04T08:45:00Z"), null));
        assertThat(calls).containsExactly(new Call(List.of(ORG), Set.of(XlaMetric.FOLLOW_UPS_IN_WINDOW_PERCENT)));
    }

    @Test
    void closingARoundTriggersTheRoundMetricsAndOtherRoundChangesDoNot() {
        Round closed = Rounds.round(ORG, RoundKind.PERIODIC, RoundState.CLOSED, "2026-02-01", "2026-02-20");
        ManageRounds rounds = TriggeringInPorts.rounds(new ManageRounds() {
            @Override
            public Round plan(Caller caller, PlanRoundCommand command) {
                return closed;
            }

            @Override
            public Round get(Caller caller, long roundId) {
                return closed;
            }

            @Override
            public Page<Round> list(Caller caller, long organisationId, PageRequest page) {
                return new Page<>(List.of(closed), 0, 1, 1);
            }

            @Override
            public Round open(Caller caller, long roundId, long expectedVersion) {
                return closed;
            }

            @Override
            public Round close(Caller caller, long roundId, long expectedVersion) {
                return closed;
            }

            @Override
            public List<RoundProposal> proposals(Caller caller, long organisationId) {
                return List.of();
            }
        }, recording);
        Caller sm = Callers.serviceManager("sm1");

        rounds.open(sm, 1, 0);
        rounds.plan(sm, null);
        assertThat(calls).isEmpty();
        rounds.close(sm, 1, 0);
        assertThat(calls).containsExactly(new Call(List.of(ORG), TriggeringInPorts.ROUND_METRICS));
    }
}
