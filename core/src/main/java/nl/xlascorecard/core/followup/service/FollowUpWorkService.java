package nl.xlascorecard.core.followup.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.xlascorecard.core.action.domain.ImprovementAction;
import nl.xlascorecard.core.action.port.in.ManageImprovementActions;
import nl.xlascorecard.core.action.port.in.ManageImprovementActions.ActionCommand;
import nl.xlascorecard.core.followup.domain.CallOutcome;
import nl.xlascorecard.core.followup.domain.FollowUp;
import nl.xlascorecard.core.followup.domain.FollowUpSettings;
import nl.xlascorecard.core.followup.domain.FollowUpState;
import nl.xlascorecard.core.followup.domain.FollowUpView;
import nl.xlascorecard.core.followup.port.in.WorkFollowUps;
import nl.xlascorecard.core.followup.port.out.FollowUpRepository;
import nl.xlascorecard.core.followup.port.out.FollowUpRepository.AssigneeFilter;
import nl.xlascorecard.core.followup.port.out.FollowUpSettingsRepository;
import nl.xlascorecard.core.organisation.port.in.ManageOrganisations;
import nl.xlascorecard.core.organisation.service.OrganisationAccess;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.ConflictException;
import nl.xlascorecard.core.shared.FieldError;
import nl.xlascorecard.core.shared.FieldErrors;
import nl.xlascorecard.core.shared.ForbiddenException;
import nl.xlascorecard.core.shared.Inputs;
import nl.xlascorecard.core.shared.NotFoundException;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.core.shared.TransactionRunner;
import nl.xlascorecard.core.shared.ValidationException;

/**
 * The follow-up queue and the work on a follow-up. Seeing a follow-up (and logging a call) follows
 * seeing its organisation; reassigning and making an improvement action follow managing it.
 */
public final class FollowUpWorkService implements WorkFollowUps {

    public static final String NOT_FOUND = "xla.error.followUp.notFound";
    static final String CLOSED = "xla.error.followUp.closed";
    static final String NO_ACCESS = "xla.error.permission.followUps";
    static final String ASSIGNEE_FILTER = "xla.error.followUp.assigneeFilter";

    private final FollowUpRepository followUps;
    private final FollowUpSettingsRepository settings;
    private final OrganisationAccess access;
    private final ManageOrganisations organisations;
    private final VisibleOrganisations visible;
    private final ManageImprovementActions actions;
    private final TransactionRunner transactions;
    private final Clock clock;

    public FollowUpWorkService(FollowUpRepository followUps, FollowUpSettingsRepository settings,
                               OrganisationAccess access, ManageOrganisations organisations,
                               ManageImprovementActions actions, TransactionRunner transactions, Clock clock) {
        this.followUps = Objects.requireNonNull(followUps);
        this.settings = Objects.requireNonNull(settings);
        this.access = Objects.requireNonNull(access);
        this.organisations = Objects.requireNonNull(organisations);
        this.visible = new VisibleOrganisations(organisations);
        this.actions = Objects.requireNonNull(actions);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Page<FollowUpView> queue(Caller caller, QueueFilter filter, PageRequest page) {
        QueueFilter f = filter == null ? QueueFilter.none() : filter;
        String assigneeKey = Inputs.stripped(f.assigneeKey());
        FieldErrors errors = new FieldErrors();
        errors.maxLength("assigneeKey", assigneeKey, FollowUp.MAX_USER_KEY);
        if (assigneeKey != null && f.unassigned()) {
            errors.add("assigneeKey", ASSIGNEE_FILTER);
        }
        errors.throwIfAny();
        OrganisationAccess.Scope scope = access.scope(caller);
        if (!scope.seesAny()) {
            throw new ForbiddenException(NO_ACCESS, caller.userKey() + " may not see follow-ups");
        }
        Set<Long> organisationIds;
        if (f.organisationId() != null) {
            organisations.get(caller, f.organisationId()); // 404 when missing or hidden
            organisationIds = Set.of(f.organisationId());
        } else {
            organisationIds = scope.seesAll() ? null : visible.of(caller);
        }
        Countdowns countdowns = countdowns();
        return followUps.listOpen(organisationIds, new AssigneeFilter(assigneeKey, f.unassigned()), page)
                .map(countdowns::view);
    }

    @Override
    public FollowUpView get(Caller caller, long followUpId) {
        return countdowns().view(visible(caller, followUpId));
    }

    @Override
    public Optional<FollowUpView> forRequest(Caller caller, String requestKey) {
        String key = Inputs.stripped(requestKey);
        if (key == null || key.length() > FollowUp.MAX_REQUEST_KEY) {
            return Optional.empty();
        }
        return followUps.findByRequestKey(key)
                .filter(f -> access.canSee(caller, f.organisationId()))
                .map(countdowns()::view);
    }

    /**
     * Order of checks: visibility (404), version and state (409), the right to make an improvement
     * action (403), then the fields (400); the action is created last but one, so a rejected call
     * creates nothing.
     */
    @Override
    public FollowUpView logCall(Caller caller, long followUpId, long expectedVersion, CallLog call) {
        if (call == null) {
            throw ValidationException.of("call", FieldErrors.REQUIRED);
        }
        return transactions.inTransaction(() -> {
            FollowUp f = open(visible(caller, followUpId), expectedVersion);
            if (call.action() != null) {
                access.checkManageable(caller, f.organisationId(), () -> notFound(followUpId));
            }
            Instant now = clock.instant();
            CallRules.check(call, f, now).throwIfAny();
            FollowUpSettings s = settings.load();
            CallOutcome outcome = CallRules.outcome(call);
            Instant contactedAt = CallRules.contactedAt(call, now);
            int attempts = f.attempts() + call.attempts();
            boolean closes = outcome == CallOutcome.REACHED || attempts >= s.maxAttempts();
            Long actionId = call.action() == null ? f.improvementActionId() : createAction(caller, f, call.action());
            FollowUp logged = f.withCall(closes ? FollowUpState.DONE : FollowUpState.OPEN, outcome, attempts,
                    orKeep(call.notes(), f.notes()), orKeep(call.agreement(), f.agreement()),
                    f.contactedAt() == null ? contactedAt : f.contactedAt(), closes ? contactedAt : null, actionId);
            return new Countdowns(s.businessCalendar(), now).view(followUps.update(logged));
        });
    }

    @Override
    public FollowUpView reassign(Caller caller, long followUpId, long expectedVersion, String assigneeKey) {
        String key = Inputs.stripped(assigneeKey);
        return transactions.inTransaction(() -> {
            FollowUp f = followUps.find(followUpId).orElseThrow(() -> notFound(followUpId));
            access.checkManageable(caller, f.organisationId(), () -> notFound(followUpId));
            open(f, expectedVersion);
            FieldErrors errors = new FieldErrors();
            errors.maxLength("assigneeKey", key, FollowUp.MAX_USER_KEY);
            errors.throwIfAny();
            return countdowns().view(followUps.update(f.withAssignee(key)));
        });
    }

    private FollowUp visible(Caller caller, long followUpId) {
        FollowUp f = followUps.find(followUpId).orElseThrow(() -> notFound(followUpId));
        access.checkVisible(caller, f.organisationId(), () -> notFound(followUpId));
        return f;
    }

    private static FollowUp open(FollowUp f, long expectedVersion) {
        if (f.version() != expectedVersion) {
            throw ConflictException.staleVersion("follow-up " + f.id() + " is at version " + f.version());
        }
        if (!f.isOpen()) {
            throw new ConflictException("state", CLOSED, "follow-up " + f.id() + " is closed");
        }
        return f;
    }

    /** Through the action in-port, so its rules and permissions hold; its field errors are reported under {@code action.}. */
    private Long createAction(Caller caller, FollowUp f, NewAction action) {
        try {
            ImprovementAction created = actions.create(caller, new ActionCommand(f.organisationId(), null,
                    action.category(), null, action.text(), action.ownerKey(), action.due(), null));
            return created.id();
        } catch (ValidationException e) {
            List<FieldError> nested = e.errors().stream()
                    .map(err -> new FieldError("action." + err.field(), err.messageKey(), err.args())).toList();
            throw new ValidationException(nested);
        }
    }

    private static String orKeep(String given, String stored) {
        String text = Inputs.stripped(given);
        return text == null ? stored : text;
    }

    private Countdowns countdowns() {
        return new Countdowns(settings.load().businessCalendar(), clock.instant());
    }

    static NotFoundException notFound(long followUpId) {
        return new NotFoundException(NOT_FOUND, "follow-up " + followUpId + " missing or hidden");
    }
}
