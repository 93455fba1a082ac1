package nl.xlascorecard.core.target.service;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.xlascorecard.core.organisation.port.out.OrganisationDirectory;
import nl.xlascorecard.core.organisation.service.OrganisationAccess;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.core.shared.TransactionRunner;
import nl.xlascorecard.core.target.domain.StatusChange;
import nl.xlascorecard.core.target.domain.TargetState;
import nl.xlascorecard.core.target.domain.TargetView;
import nl.xlascorecard.core.target.domain.XlaTarget;
import nl.xlascorecard.core.target.port.in.EvaluateTargets;
import nl.xlascorecard.core.target.port.in.ManageTargets;
import nl.xlascorecard.core.target.port.out.TargetStatusRepository;
import nl.xlascorecard.core.target.port.out.XlaTargetRepository;

/**
 * Targets of organisations and the defaults, with the access rules of {@link ManageTargets}. After an
 * organisation's target changes, its statuses are evaluated at once; a change of a default concerns
 * every organisation and is evaluated by the next run of the evaluation job (docs/decisions-targets.md).
 */
public final class TargetService implements ManageTargets {

    private static final System.Logger LOG = System.getLogger(TargetService.class.getName());

    private final XlaTargetRepository targets;
    private final TargetStatusRepository statuses;
    private final OrganisationAccess access;
    private final OrganisationDirectory directory;
    private final EvaluateTargets evaluation;
    private final TransactionRunner transactions;

    public TargetService(XlaTargetRepository targets, TargetStatusRepository statuses, OrganisationAccess access,
                         OrganisationDirectory directory, EvaluateTargets evaluation, TransactionRunner transactions) {
        this.targets = Objects.requireNonNull(targets);
        this.statuses = Objects.requireNonNull(statuses);
        this.access = Objects.requireNonNull(access);
        this.directory = Objects.requireNonNull(directory);
        this.evaluation = Objects.requireNonNull(evaluation);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public List<TargetView> effective(Caller caller, long organisationId) {
        checkVisibleOrganisation(caller, organisationId);
        return effectiveOf(organisationId);
    }

    @Override
    public TargetView get(Caller caller, long organisationId, long targetId) {
        checkVisibleOrganisation(caller, organisationId);
        return effectiveOf(organisationId).stream().filter(v -> v.target().id() == targetId).findFirst()
                .orElseThrow(() -> TargetConflicts.notFound(targetId));
    }

    @Override
    public XlaTarget create(Caller caller, long organisationId, TargetCommand command) {
        checkManageableOrganisation(caller, organisationId);
        XlaTarget target = TargetRules.target(0, organisationId, command);
        XlaTarget stored = transactions.inTransaction(() -> targets.insert(target));
        evaluate(organisationId);
        return stored;
    }

    @Override
    public XlaTarget update(Caller caller, long organisationId, long targetId, TargetCommand command) {
        checkManageableOrganisation(caller, organisationId);
        ownTarget(organisationId, targetId);
        XlaTarget target = TargetRules.target(targetId, organisationId, command);
        XlaTarget stored = transactions.inTransaction(() -> targets.update(target));
        evaluate(organisationId);
        return stored;
    }

    @Override
    public void delete(Caller caller, long organisationId, long targetId) {
        checkManageableOrganisation(caller, organisationId);
        ownTarget(organisationId, targetId);
        transactions.inTransaction(() -> {
            statuses.deleteTarget(targetId);
            targets.delete(targetId);
            return null;
        });
        evaluate(organisationId);
    }

    @Override
    public Page<StatusChange> history(Caller caller, long organisationId, long targetId, PageRequest page) {
        get(caller, organisationId, targetId);
        return statuses.history(organisationId, targetId, page);
    }

    @Override
    public List<XlaTarget> defaults(Caller caller) {
        access.checkServiceManager(caller);
        return targets.defaults().stream().sorted(EffectiveTargets.ORDER).toList();
    }

    @Override
    public XlaTarget getDefault(Caller caller, long targetId) {
        access.checkServiceManager(caller);
        return defaultTarget(targetId);
    }

    @Override
    public XlaTarget createDefault(Caller caller, TargetCommand command) {
        access.checkAdministrator(caller);
        XlaTarget target = TargetRules.target(0, null, command);
        return transactions.inTransaction(() -> targets.insert(target));
    }

    @Override
    public XlaTarget updateDefault(Caller caller, long targetId, TargetCommand command) {
        access.checkAdministrator(caller);
        defaultTarget(targetId);
        XlaTarget target = TargetRules.target(targetId, null, command);
        return transactions.inTransaction(() -> targets.update(target));
    }

    @Override
    public void deleteDefault(Caller caller, long targetId) {
        access.checkAdministrator(caller);
        defaultTarget(targetId);
        transactions.inTransaction(() -> {
            statuses.deleteTarget(targetId);
            targets.delete(targetId);
            return null;
        });
    }

    private List<TargetView> effectiveOf(long organisationId) {
        Map<Long, TargetState> states = statuses.ofOrganisations(List.of(organisationId)).stream()
                .collect(Collectors.toMap(TargetState::targetId, Function.identity()));
        return EffectiveTargets.of(targets.defaultsAndOwn(organisationId), states);
    }

    /** The organisation's own target; a default addressed through the organisation is a 409, anything else 404. */
    private XlaTarget ownTarget(long organisationId, long targetId) {
        XlaTarget target = targets.find(targetId).orElseThrow(() -> TargetConflicts.notFound(targetId));
        if (target.isDefault()) {
            throw TargetConflicts.inherited(targetId);
        }
        if (target.organisationId() != organisationId) {
            throw TargetConflicts.notFound(targetId);
        }
        return target;
    }

    private XlaTarget defaultTarget(long targetId) {
        return targets.find(targetId).filter(XlaTarget::isDefault).orElseThrow(() -> TargetConflicts.notFound(targetId));
    }

    /** Hidden and missing organisations are the same 404, also for those who see every organisation. */
    private void checkVisibleOrganisation(Caller caller, long organisationId) {
        access.checkVisible(caller, organisationId);
        if (directory.find(organisationId).isEmpty()) {
            throw OrganisationAccess.notFound(organisationId);
        }
    }

    private void checkManageableOrganisation(Caller caller, long organisationId) {
        access.checkManageable(caller, organisationId);
        if (directory.find(organisationId).isEmpty()) {
            throw OrganisationAccess.notFound(organisationId);
        }
    }

    /** The change is committed; a failed evaluation is left to the job rather than reported as a failed edit. */
    private void evaluate(long organisationId) {
        try {
            evaluation.evaluateOrganisation(organisationId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Evaluating organisation " + organisationId + " after a target change failed", e);
        }
    }
}
