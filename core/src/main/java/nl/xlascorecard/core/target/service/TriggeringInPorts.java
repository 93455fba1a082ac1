package nl.xlascorecard.core.target.service;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.xlascorecard.core.followup.domain.FollowUpView;
import nl.xlascorecard.core.followup.port.in.WorkFollowUps;
import nl.xlascorecard.core.rating.domain.RatingObservation;
import nl.xlascorecard.core.rating.domain.RatingOutcome;
import nl.xlascorecard.core.rating.port.in.RecordTicketRating;
import nl.xlascorecard.core.scorecard.domain.Round;
import nl.xlascorecard.core.scorecard.domain.RoundProposal;
import nl.xlascorecard.core.scorecard.port.in.ManageRounds;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.core.target.domain.XlaMetric;
import nl.xlascorecard.core.target.port.in.TargetEvaluationTrigger;

/**
 * The in-ports whose changes targets measure, each wrapped so that a committed change asks the
 * {@link TargetEvaluationTrigger} to evaluate the organisation's targets on the metrics it touched.
 * Wrapping at the composition root keeps the rating, follow-up and scorecard services unaware of
 * targets. The wrapped call's own result and errors pass through unchanged; the trigger never throws.
 *
 * <p>A submitted response triggers nothing: responses go into OPEN rounds, and targets count answers
 * of closed rounds only (see {@link RecommendationNps}), so closing the round is the change.
 */
public final class TriggeringInPorts {

    static final Set<XlaMetric> RATING_METRICS = Set.of(XlaMetric.CSAT_PERCENT, XlaMetric.MEAN_RATING);
    static final Set<XlaMetric> FOLLOW_UP_METRICS = Set.of(XlaMetric.FOLLOW_UPS_IN_WINDOW_PERCENT);
    static final Set<XlaMetric> ROUND_METRICS = Set.of(XlaMetric.SCORECARD_OVERALL, XlaMetric.SCORECARD_CATEGORY,
            XlaMetric.RESPONSE_RATE, XlaMetric.NPS);

    private TriggeringInPorts() {
    }

    /** A stored or changed rating re-evaluates CSAT and mean rating of its organisations. */
    public static RecordTicketRating ratings(RecordTicketRating delegate, TargetEvaluationTrigger trigger) {
        Objects.requireNonNull(delegate);
        Objects.requireNonNull(trigger);
        return (RatingObservation observation) -> {
            RecordTicketRating.RatingRecorded recorded = delegate.record(observation);
            if (recorded.outcome() != RatingOutcome.UNCHANGED) {
                trigger.dataChanged(recorded.rating().organisationIds(), RATING_METRICS);
            }
            return recorded;
        };
    }

    /** A call that closes a follow-up re-evaluates the follow-up share of its organisation. */
    public static WorkFollowUps followUps(WorkFollowUps delegate, TargetEvaluationTrigger trigger) {
        return new FollowUps(Objects.requireNonNull(delegate), Objects.requireNonNull(trigger));
    }

    /** Closing a round re-evaluates the round metrics of its organisation. */
    public static ManageRounds rounds(ManageRounds delegate, TargetEvaluationTrigger trigger) {
        return new Rounds(Objects.requireNonNull(delegate), Objects.requireNonNull(trigger));
    }

    private record FollowUps(WorkFollowUps delegate, TargetEvaluationTrigger trigger) implements WorkFollowUps {

        @Override
        public Page<FollowUpView> queue(Caller caller, QueueFilter filter, PageRequest page) {
            return delegate.queue(caller, filter, page);
        }

        @Override
        public FollowUpView get(Caller caller, long followUpId) {
            return delegate.get(caller, followUpId);
        }

        @Override
        public Optional<FollowUpView> forRequest(Caller caller, String requestKey) {
            return delegate.forRequest(caller, requestKey);
        }

        @Override
        public FollowUpView logCall(Caller caller, long followUpId, long expectedVersion, CallLog call) {
            FollowUpView view = delegate.logCall(caller, followUpId, expectedVersion, call);
            if (!view.followUp().isOpen()) {
                trigger.dataChanged(List.of(view.followUp().organisationId()), FOLLOW_UP_METRICS);
            }
            return view;
        }

        @Override
        public FollowUpView reassign(Caller caller, long followUpId, long expectedVersion, String assigneeKey) {
            return delegate.reassign(caller, followUpId, expectedVersion, assigneeKey);
        }
    }

    private record Rounds(ManageRounds delegate, TargetEvaluationTrigger trigger) implements ManageRounds {

        @Override
        public Round plan(Caller caller, PlanRoundCommand command) {
            return delegate.plan(caller, command);
        }

        @Override
        public Round get(Caller caller, long roundId) {
            return delegate.get(caller, roundId);
        }

        @Override
        public Page<Round> list(Caller caller, long organisationId, PageRequest page) {
            return delegate.list(caller, organisationId, page);
        }

        @Override
        public Round open(Caller caller, long roundId, long expectedVersion) {
            return delegate.open(caller, roundId, expectedVersion);
        }

        @Override
        public Round close(Caller caller, long roundId, long expectedVersion) {
            Round closed = delegate.close(caller, roundId, expectedVersion);
            trigger.dataChanged(List.of(closed.organisationId()), ROUND_METRICS);
            return closed;
        }

        @Override
        public List<RoundProposal> proposals(Caller caller, long organisationId) {
            return delegate.proposals(caller, organisationId);
        }
    }
}
