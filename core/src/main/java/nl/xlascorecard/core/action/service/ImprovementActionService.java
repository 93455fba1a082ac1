package nl.xlascorecard.core.action.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import nl.xlascorecard.core.action.domain.ActionState;
import nl.xlascorecard.core.action.domain.ImprovementAction;
import nl.xlascorecard.core.action.port.in.ManageImprovementActions;
import nl.xlascorecard.core.action.port.out.ImprovementActionRepository;
import nl.xlascorecard.core.organisation.port.out.OrganisationDirectory;
import nl.xlascorecard.core.organisation.service.OrganisationAccess;
import nl.xlascorecard.core.scorecard.domain.Category;
import nl.xlascorecard.core.scorecard.domain.Round;
import nl.xlascorecard.core.scorecard.domain.ScorecardTemplate;
import nl.xlascorecard.core.scorecard.port.out.RoundRepository;
import nl.xlascorecard.core.scorecard.service.TemplateVersions;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.ConflictException;
import nl.xlascorecard.core.shared.FieldErrors;
import nl.xlascorecard.core.shared.Inputs;
import nl.xlascorecard.core.shared.NotFoundException;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.core.shared.TransactionRunner;
import nl.xlascorecard.core.shared.ValidationException;

/**
 * Improvement actions ("you said, we did"): the organisation's service managers and administrators
 * create and work them; its agents read them.
 */
public final class ImprovementActionService implements ManageImprovementActions {

    public static final String NOT_FOUND = "xla.error.action.notFound";
    static final String ORGANISATION_CHANGED = "xla.error.action.organisationChanged";

    private final ImprovementActionRepository actions;
    private final RoundRepository rounds;
    private final OrganisationDirectory directory;
    private final OrganisationAccess access;
    private final TemplateVersions templates;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ImprovementActionService(ImprovementActionRepository actions, RoundRepository rounds,
                                    OrganisationDirectory directory, OrganisationAccess access,
                                    TemplateVersions templates, TransactionRunner transactions, Clock clock) {
        this.actions = Objects.requireNonNull(actions);
        this.rounds = Objects.requireNonNull(rounds);
        this.directory = Objects.requireNonNull(directory);
        this.access = Objects.requireNonNull(access);
        this.templates = Objects.requireNonNull(templates);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public ImprovementAction create(Caller caller, ActionCommand command) {
        requireCommand(command);
        access.checkManageable(caller, command.organisationId());
        if (directory.find(command.organisationId()).isEmpty()) {
            throw OrganisationAccess.notFound(command.organisationId());
        }
        return transactions.inTransaction(() -> {
            Subject subject = subjectOf(command);
            validate(command, subject, new FieldErrors());
            return actions.insert(fromCommand(0, command, subject, ActionState.OPEN, clock.instant(), caller.userKey(),
                    null, 0));
        });
    }

    @Override
    public ImprovementAction get(Caller caller, long actionId) {
        ImprovementAction action = actions.find(actionId).orElseThrow(() -> notFound(actionId));
        access.checkVisible(caller, action.organisationId(), () -> notFound(actionId));
        return action;
    }

    @Override
    public ImprovementAction update(Caller caller, long actionId, long expectedVersion, ActionCommand command) {
        requireCommand(command);
        return transactions.inTransaction(() -> {
            ImprovementAction current = manageable(caller, actionId, expectedVersion);
            FieldErrors errors = new FieldErrors();
            if (command.organisationId() != current.organisationId()) {
                errors.add("organisationId", ORGANISATION_CHANGED);
            }
            Subject subject = subjectOf(command);
            validate(command, subject, errors);
            return actions.update(fromCommand(current.id(), command, subject, current.state(), current.createdAt(),
                    current.createdBy(), current.doneAt(), current.version()));
        });
    }

    @Override
    public ImprovementAction setState(Caller caller, long actionId, long expectedVersion, ActionState state) {
        if (state == null) {
            throw ValidationException.of("state", FieldErrors.REQUIRED);
        }
        return transactions.inTransaction(() -> {
            ImprovementAction a = manageable(caller, actionId, expectedVersion);
            if (a.state() == state) {
                return a;
            }
            Instant doneAt = state == ActionState.DONE ? clock.instant() : null;
            return actions.update(new ImprovementAction(a.id(), a.organisationId(), a.roundId(), a.category(),
                    a.statementKey(), a.text(), a.ownerKey(), a.due(), state, a.linkedIssueKey(), a.createdAt(),
                    a.createdBy(), doneAt, a.version()));
        });
    }

    @Override
    public Page<ImprovementAction> list(Caller caller, long organisationId, ActionState stateOrNull, PageRequest page) {
        access.checkVisible(caller, organisationId);
        // Administrators and unlimited service managers see every id: a missing one is still "not found".
        if (directory.find(organisationId).isEmpty()) {
            throw OrganisationAccess.notFound(organisationId);
        }
        return actions.listByOrganisation(organisationId, stateOrNull, page);
    }

    /** What the action is about: the round it names (if it exists) and that round's template, else the current one. */
    private record Subject(Optional<Round> round, ScorecardTemplate template) {
    }

    private Subject subjectOf(ActionCommand command) {
        Optional<Round> round = command.roundId() == null ? Optional.empty() : rounds.find(command.roundId());
        ScorecardTemplate template = round.flatMap(r -> templates.find(r.templateVersion()))
                .orElseGet(templates::current);
        return new Subject(round, template);
    }

    /** Adds the command's field errors to {@code errors} and throws them all, if there are any. */
    private static void validate(ActionCommand command, Subject subject, FieldErrors errors) {
        errors.addAll(ActionRules.check(command, subject.round(), subject.template()).list());
        errors.throwIfAny();
    }

    private ImprovementAction manageable(Caller caller, long actionId, long expectedVersion) {
        ImprovementAction action = actions.find(actionId).orElseThrow(() -> notFound(actionId));
        access.checkManageable(caller, action.organisationId(), () -> notFound(actionId));
        if (action.version() != expectedVersion) {
            throw ConflictException.staleVersion("action " + actionId + " is at version " + action.version());
        }
        return action;
    }

    /**
     * The validated command as an action. A statement implies its category, so an action about
     * REL_2 is listed under RELIABILITY even when the client sent no category.
     */
    private static ImprovementAction fromCommand(long id, ActionCommand c, Subject subject, ActionState state,
                                                 Instant createdAt, String createdBy, Instant doneAt, long version) {
        String statementKey = Inputs.stripped(c.statementKey());
        Category category = Inputs.choice(Category.class, c.category())
                .or(() -> statementKey == null ? Optional.empty() : subject.template().categoryOf(statementKey))
                .orElse(null);
        return new ImprovementAction(id, c.organisationId(), c.roundId(), category, statementKey,
                Inputs.stripped(c.text()), Inputs.stripped(c.ownerKey()), c.due(), state,
                Inputs.stripped(c.linkedIssueKey()), createdAt, createdBy, doneAt, version);
    }

    private static void requireCommand(ActionCommand command) {
        if (command == null) {
            throw ValidationException.of("action", FieldErrors.REQUIRED);
        }
    }

    private static NotFoundException notFound(long actionId) {
        return new NotFoundException(NOT_FOUND, "action " + actionId + " missing or hidden");
    }
}
