package nl.xlascorecard.core.testing;

import nl.xlascorecard.core.followup.domain.FollowUpSettings;
import nl.xlascorecard.core.followup.port.out.FollowUpSettingsRepository;

public final class InMemoryFollowUpSettingsRepository implements FollowUpSettingsRepository {

    private final FakeTransactions transactions;
    private FollowUpSettings settings;

    public InMemoryFollowUpSettingsRepository(FakeTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public FollowUpSettings load() {
        return settings == null ? FollowUpSettings.defaults() : settings;
    }

    @Override
    public FollowUpSettings save(FollowUpSettings newSettings) {
        transactions.requireActive();
        this.settings = newSettings;
        return newSettings;
    }

    /** Test setup. */
    public void put(FollowUpSettings newSettings) {
        this.settings = newSettings;
    }
}
