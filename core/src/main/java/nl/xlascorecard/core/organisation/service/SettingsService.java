package nl.xlascorecard.core.organisation.service;

import java.util.Objects;

import nl.xlascorecard.core.organisation.domain.AppSettings;
import nl.xlascorecard.core.organisation.port.in.ManageSettings;
import nl.xlascorecard.core.organisation.port.out.AppSettingsRepository;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.FieldErrors;
import nl.xlascorecard.core.shared.TransactionRunner;
import nl.xlascorecard.core.shared.ValidationException;

/**
 * Global settings: service managers read them (they work by the thresholds), administrators change
 * them. Field rules live in {@link AppSettings} itself, so an invalid value never exists as settings.
 */
public final class SettingsService implements ManageSettings {

    private final AppSettingsRepository repository;
    private final OrganisationAccess access;
    private final TransactionRunner transactions;

    public SettingsService(AppSettingsRepository repository, OrganisationAccess access, TransactionRunner transactions) {
        this.repository = Objects.requireNonNull(repository);
        this.access = Objects.requireNonNull(access);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public AppSettings get(Caller caller) {
        access.checkServiceManager(caller);
        return repository.load();
    }

    @Override
    public AppSettings update(Caller caller, AppSettings settings) {
        access.checkAdministrator(caller);
        if (settings == null) {
            throw ValidationException.of("settings", FieldErrors.REQUIRED);
        }
        return transactions.inTransaction(() -> repository.save(settings));
    }
}
