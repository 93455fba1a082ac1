package nl.xlascorecard.core.followup.service;

import java.util.Objects;

import nl.xlascorecard.core.followup.domain.FollowUpSettings;
import nl.xlascorecard.core.followup.port.in.ManageFollowUpSettings;
import nl.xlascorecard.core.followup.port.out.FollowUpSettingsRepository;
import nl.xlascorecard.core.organisation.service.OrganisationAccess;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.FieldErrors;
import nl.xlascorecard.core.shared.TransactionRunner;
import nl.xlascorecard.core.shared.ValidationException;

/**
 * Follow-up settings: service managers read them (they work by the window and the calendar),
 * administrators change them. A change applies to follow-ups opened afterwards; due times already
 * set stay as they are.
 */
public final class FollowUpSettingsService implements ManageFollowUpSettings {

    private final FollowUpSettingsRepository repository;
    private final OrganisationAccess access;
    private final TransactionRunner transactions;

    public FollowUpSettingsService(FollowUpSettingsRepository repository, OrganisationAccess access,
                                   TransactionRunner transactions) {
        this.repository = Objects.requireNonNull(repository);
        this.access = Objects.requireNonNull(access);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public FollowUpSettings get(Caller caller) {
        access.checkServiceManager(caller);
        return repository.load();
    }

    @Override
    public FollowUpSettings update(Caller caller, FollowUpSettings settings) {
        access.checkAdministrator(caller);
        if (settings == null) {
            throw ValidationException.of("settings", FieldErrors.REQUIRED);
        }
        return transactions.inTransaction(() -> repository.save(settings));
    }
}
