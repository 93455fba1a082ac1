package nl.xlascorecard.core.testing;

import nl.xlascorecard.core.organisation.domain.AppSettings;
import nl.xlascorecard.core.organisation.port.out.AppSettingsRepository;

public final class InMemorySettingsRepository implements AppSettingsRepository {

    private final FakeTransactions transactions;
    private AppSettings settings;

    public InMemorySettingsRepository(FakeTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public AppSettings load() {
        return settings == null ? AppSettings.defaults() : settings;
    }

    @Override
    public AppSettings save(AppSettings newSettings) {
        transactions.requireActive();
        this.settings = newSettings;
        return newSettings;
    }

    /** Test setup. */
    public void put(AppSettings newSettings) {
        this.settings = newSettings;
    }
}
