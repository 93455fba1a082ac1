package nl.xlascorecard.core.scorecard.service;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import nl.xlascorecard.core.organisation.service.OrganisationAccess;
import nl.xlascorecard.core.scorecard.domain.ScorecardConflicts;
import nl.xlascorecard.core.scorecard.domain.ScorecardTemplate;
import nl.xlascorecard.core.scorecard.domain.TemplateCategory;
import nl.xlascorecard.core.scorecard.domain.TemplateRules;
import nl.xlascorecard.core.scorecard.port.in.ManageTemplate;
import nl.xlascorecard.core.scorecard.port.out.TemplateRepository;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.FieldError;
import nl.xlascorecard.core.shared.TransactionRunner;
import nl.xlascorecard.core.shared.ValidationException;

/**
 * Template versions for callers. Reading is open to every caller (the texts are not confidential
 * and the survey shows them); only administrators save a new version.
 */
public final class TemplateService implements ManageTemplate {

    private final TemplateRepository repository;
    private final TemplateVersions versions;
    private final OrganisationAccess access;
    private final TransactionRunner transactions;
    private final Clock clock;

    public TemplateService(TemplateRepository repository, TemplateVersions versions, OrganisationAccess access,
                           TransactionRunner transactions, Clock clock) {
        this.repository = Objects.requireNonNull(repository);
        this.versions = Objects.requireNonNull(versions);
        this.access = Objects.requireNonNull(access);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public ScorecardTemplate current(Caller caller) {
        return versions.current();
    }

    @Override
    public ScorecardTemplate version(Caller caller, int version) {
        return versions.require(version);
    }

    @Override
    public ScorecardTemplate saveNewVersion(Caller caller, int basedOnVersion, List<TemplateCategory> categories) {
        access.checkAdministrator(caller);
        List<FieldError> errors = TemplateRules.check(categories);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return transactions.inTransaction(() -> {
            int current = versions.current().version();
            if (basedOnVersion != current) {
                throw ScorecardConflicts.templateOutdated(basedOnVersion);
            }
            List<FieldError> keyErrors = TemplateRules.checkKeysKept(versions.current(), categories);
            if (!keyErrors.isEmpty()) {
                throw new ValidationException(keyErrors);
            }
            // Two administrators saving at once both pass the check above; the repository's unique
            // version number lets only one of them store current + 1.
            return repository.insert(new ScorecardTemplate(current + 1, clock.instant(), caller.userKey(), categories));
        });
    }
}
