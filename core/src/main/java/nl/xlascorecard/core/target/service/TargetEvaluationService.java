package nl.xlascorecard.core.target.service;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.xlascorecard.core.organisation.port.out.OrganisationDirectory;
import nl.xlascorecard.core.shared.TransactionRunner;
import nl.xlascorecard.core.target.domain.Measurement;
import nl.xlascorecard.core.target.domain.StatusChange;
import nl.xlascorecard.core.target.domain.TargetEvaluation;
import nl.xlascorecard.core.target.domain.TargetStatus;
import nl.xlascorecard.core.target.domain.TargetView;
import nl.xlascorecard.core.target.domain.XlaMetric;
import nl.xlascorecard.core.target.domain.XlaTarget;
import nl.xlascorecard.core.target.port.in.EvaluateTargets;
import nl.xlascorecard.core.target.port.in.TargetEvaluationTrigger;
import nl.xlascorecard.core.target.port.out.TargetStatusRepository;
import nl.xlascorecard.core.target.port.out.XlaTargetRepository;

/**
 * Measures targets and stores the statuses. Each (organisation, target) is recorded in its own short
 * transaction; the repository makes a concurrent evaluation of the same pair (another node, the job
 * and a trigger at once) end with one status and at most one history row per change.
 */
public final class TargetEvaluationService implements EvaluateTargets, TargetEvaluationTrigger {

    private static final System.Logger LOG = System.getLogger(TargetEvaluationService.class.getName());

    private final XlaTargetRepository targets;
    private final TargetStatusRepository statuses;
    private final MeasurementSources sources;
    private final OrganisationDirectory directory;
    private final TransactionRunner transactions;
    private final Clock clock;

    public TargetEvaluationService(XlaTargetRepository targets, TargetStatusRepository statuses,
                                   MeasurementSources sources, OrganisationDirectory directory,
                                   TransactionRunner transactions, Clock clock) {
        this.targets = Objects.requireNonNull(targets);
        this.statuses = Objects.requireNonNull(statuses);
        this.sources = Objects.requireNonNull(sources);
        this.directory = Objects.requireNonNull(directory);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public int evaluateOrganisation(long organisationId) {
        return evaluate(organisationId, EffectiveTargets.of(targets.defaultsAndOwn(organisationId), Map.of()), null);
    }

    @Override
    public int evaluateAll() {
        List<XlaTarget> defaults = targets.defaults();
        int[] changes = new int[1];
        directory.forEachOrganisation(organisation -> {
            try {
                changes[0] += evaluate(organisation.id(), EffectiveTargets.of(
                        targets.ofOrganisations(List.of(organisation.id())), defaults, Map.of()), null);
            } catch (RuntimeException e) {
                // One organisation's failure (a round result that cannot be read) must not stop the others.
                LOG.log(Level.WARNING, "Evaluating the XLA targets of organisation " + organisation.id() + " failed", e);
            }
        });
        return changes[0];
    }

    /** Evaluates only the targets on the changed metrics; never throws (the job catches up). */
    @Override
    public void dataChanged(Collection<Long> organisationIds, Collection<XlaMetric> metrics) {
        Set<XlaMetric> changed = Set.copyOf(metrics);
        for (Long organisationId : new HashSet<>(organisationIds)) {
            try {
                evaluate(organisationId, EffectiveTargets.of(targets.defaultsAndOwn(organisationId), Map.of()), changed);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Evaluating the XLA targets of organisation " + organisationId
                        + " after a change failed; the evaluation job will catch up", e);
            }
        }
    }

    /**
     * @param effective the organisation's effective targets
     * @param metrics   only targets on these metrics, {@code null} = all (and stale statuses are removed)
     */
    private int evaluate(long organisationId, List<TargetView> effective, Set<XlaMetric> metrics) {
        Instant now = clock.instant();
        OrganisationMeasurer measurer = new OrganisationMeasurer(sources, organisationId, now);
        int changes = 0;
        for (TargetView view : effective) {
            XlaTarget target = view.target();
            if (metrics != null && !metrics.contains(target.metric())) {
                continue;
            }
            Measurement measurement = measurer.measure(target);
            TargetStatus status = TargetEvaluation.evaluate(measurement, target);
            StatusChange change = transactions.inTransaction(() -> statuses.record(organisationId, target.id(), status,
                    measurement.value(), measurement.n(), now));
            if (change != null) {
                changes++;
            }
        }
        if (metrics == null) {
            Set<Long> ids = new HashSet<>();
            effective.forEach(v -> ids.add(v.target().id()));
            transactions.inTransaction(() -> {
                statuses.retainOnly(organisationId, ids);
                return null;
            });
        }
        return changes;
    }
}
