package nl.xlascorecard.core.testing;

import nl.xlascorecard.core.scorecard.service.RoundResultService;
import nl.xlascorecard.core.target.port.in.ManageTargets.TargetCommand;
import nl.xlascorecard.core.target.port.out.NpsCounts;
import nl.xlascorecard.core.target.port.out.SlaMetricsSource;
import nl.xlascorecard.core.target.service.MeasurementSources;
import nl.xlascorecard.core.target.service.TargetEvaluationService;
import nl.xlascorecard.core.target.service.TargetService;
import nl.xlascorecard.core.target.service.XlaOverviewService;

/**
 * The target services over in-memory fakes, on top of {@link FollowUpFixture} (ratings, follow-ups)
 * and {@link CoreFixture} (rounds, responses, organisations 1 and 2).
 */
public final class TargetFixture {

    public final FollowUpFixture followUp = new FollowUpFixture();
    public final CoreFixture core = followUp.core;
    public final FakeTransactions tx = core.tx;
    public final InMemoryTargetRepository targets = new InMemoryTargetRepository(tx);
    public final InMemoryTargetStatusRepository statuses = new InMemoryTargetStatusRepository(tx);
    public final RoundResultService results = new RoundResultService(core.rounds, core.responses, core.roundAccess,
            core.access, core.directory, core.templateVersions, core.settings);
    public NpsCounts nps = NpsCounts.NONE;
    public SlaMetricsSource sla = SlaMetricsSource.NONE;

    public final TargetEvaluationService evaluation = new TargetEvaluationService(targets, statuses,
            new MeasurementSources(followUp.ratings, followUp.followUps, results, (NpsCounts) new DelegatingNps(this)),
            core.directory, tx, followUp.clock);
    public final TargetService service = new TargetService(targets, statuses, core.access, core.directory, evaluation, tx);
    public final XlaOverviewService overview = new XlaOverviewService(targets, statuses,
            (organisationId, from, to) -> sla.cycles(organisationId, from, to), core.access, core.directory,
            followUp.organisations, followUp.clock);

    public static TargetCommand csat(double threshold, double margin, int days, int minimum) {
        return new TargetCommand("CSAT_PERCENT", null, "AT_LEAST", threshold, margin, "ROLLING_DAYS", days, minimum);
    }

    /** Lets a test swap {@link #nps} after the services were built. */
    private record DelegatingNps(TargetFixture fixture) implements NpsCounts {

        @Override
        public nl.xlascorecard.core.target.domain.Measurement ofPeriod(long organisationId, java.time.Instant from,
                                                                       java.time.Instant to) {
            return fixture.nps.ofPeriod(organisationId, from, to);
        }

        @Override
        public nl.xlascorecard.core.target.domain.Measurement ofRound(long roundId) {
            return fixture.nps.ofRound(roundId);
        }
    }
}
