package nl.xlascorecard.core.scorecard.service;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

import nl.xlascorecard.core.organisation.domain.OrganisationProfile;
import nl.xlascorecard.core.organisation.port.out.OrganisationDirectory;
import nl.xlascorecard.core.organisation.port.out.OrganisationProfileRepository;
import nl.xlascorecard.core.organisation.service.OrganisationAccess;
import nl.xlascorecard.core.scorecard.domain.Round;
import nl.xlascorecard.core.scorecard.domain.RoundKind;
import nl.xlascorecard.core.scorecard.domain.RoundProposal;
import nl.xlascorecard.core.scorecard.domain.RoundState;
import nl.xlascorecard.core.scorecard.domain.ScorecardConflicts;
import nl.xlascorecard.core.scorecard.port.in.ManageRounds;
import nl.xlascorecard.core.scorecard.port.out.RoundRepository;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.ConflictException;
import nl.xlascorecard.core.shared.FieldError;
import nl.xlascorecard.core.shared.FieldErrors;
import nl.xlascorecard.core.shared.Inputs;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.core.shared.TransactionRunner;
import nl.xlascorecard.core.shared.ValidationException;

/**
 * Plans, opens and closes rounds. Everyone who may see the organisation may read its rounds; only
 * its service managers and administrators may change them (agents get 403).
 */
public final class RoundService implements ManageRounds {

    /** How many recent rounds the planner looks at: a few years of any cadence. */
    private static final int PLANNING_HORIZON = 50;

    private final RoundRepository rounds;
    private final OrganisationDirectory directory;
    private final OrganisationProfileRepository profiles;
    private final RoundAccess roundAccess;
    private final OrganisationAccess access;
    private final TemplateVersions templates;
    private final RoundPlanner planner;
    private final TransactionRunner transactions;
    private final Clock clock;

    public RoundService(RoundRepository rounds, OrganisationDirectory directory, OrganisationProfileRepository profiles,
                        OrganisationAccess access, RoundAccess roundAccess, TemplateVersions templates, RoundPlanner planner,
                        TransactionRunner transactions, Clock clock) {
        this.rounds = Objects.requireNonNull(rounds);
        this.directory = Objects.requireNonNull(directory);
        this.profiles = Objects.requireNonNull(profiles);
        this.access = Objects.requireNonNull(access);
        this.roundAccess = Objects.requireNonNull(roundAccess);
        this.templates = Objects.requireNonNull(templates);
        this.planner = Objects.requireNonNull(planner);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Round plan(Caller caller, PlanRoundCommand command) {
        if (command == null) {
            throw ValidationException.of("round", FieldErrors.REQUIRED);
        }
        long organisationId = command.organisationId();
        access.checkManageable(caller, organisationId);
        requireExisting(organisationId);
        List<FieldError> errors = PlanRoundRules.check(command);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String title = Inputs.stripped(command.title());
        return transactions.inTransaction(() -> {
            // A friendly early answer; the repository's unique key decides when two requests race.
            if (command.kind() == RoundKind.BASELINE && rounds.findBaseline(organisationId).isPresent()) {
                throw ScorecardConflicts.baselineExists(organisationId);
            }
            Round round = new Round(0, organisationId, command.kind(), title, command.opens(), command.closes(),
                    RoundState.PLANNED, templates.current().version(), command.anonymous(), command.invitations(),
                    clock.instant(), caller.userKey(), null, null, 0);
            return rounds.insert(round);
        });
    }

    @Override
    public Round get(Caller caller, long roundId) {
        return roundAccess.visible(caller, roundId);
    }

    @Override
    public Page<Round> list(Caller caller, long organisationId, PageRequest page) {
        access.checkVisible(caller, organisationId);
        requireExisting(organisationId);
        return rounds.listByOrganisation(organisationId, page);
    }

    @Override
    public Round open(Caller caller, long roundId, long expectedVersion) {
        return change(caller, roundId, expectedVersion, round -> round.opened(clock.instant()));
    }

    @Override
    public Round close(Caller caller, long roundId, long expectedVersion) {
        return change(caller, roundId, expectedVersion, round -> round.closed(clock.instant()));
    }

    @Override
    public List<RoundProposal> proposals(Caller caller, long organisationId) {
        access.checkManageable(caller, organisationId);
        requireExisting(organisationId);
        int roundsPerYear = profiles.find(organisationId).map(OrganisationProfile::roundsPerYear)
                .orElse(OrganisationProfile.DEFAULT_ROUNDS_PER_YEAR);
        boolean hasBaseline = rounds.findBaseline(organisationId).isPresent();
        return planner.propose(roundsPerYear, hasBaseline, rounds.latest(organisationId, PLANNING_HORIZON));
    }

    /**
     * After the access check: administrators and unlimited service managers see every id, so an
     * organisation missing from JSM must still be "not found" (as for anyone else).
     */
    private void requireExisting(long organisationId) {
        if (directory.find(organisationId).isEmpty()) {
            throw OrganisationAccess.notFound(organisationId);
        }
    }

    private Round change(Caller caller, long roundId, long expectedVersion, UnaryOperator<Round> transition) {
        return transactions.inTransaction(() -> {
            Round round = roundAccess.manageable(caller, roundId);
            if (round.version() != expectedVersion) {
                throw ConflictException.staleVersion("round " + roundId + " is at version " + round.version());
            }
            return rounds.update(transition.apply(round));
        });
    }
}
