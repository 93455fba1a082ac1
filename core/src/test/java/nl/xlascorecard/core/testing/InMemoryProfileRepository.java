package nl.xlascorecard.core.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import nl.xlascorecard.core.organisation.domain.OrganisationProfile;
import nl.xlascorecard.core.organisation.port.out.OrganisationProfileRepository;
import nl.xlascorecard.core.shared.ConflictException;

public final class InMemoryProfileRepository implements OrganisationProfileRepository {

    private final Map<Long, OrganisationProfile> profiles = new HashMap<>();
    private final FakeTransactions transactions;

    public InMemoryProfileRepository(FakeTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<OrganisationProfile> find(long organisationId) {
        return Optional.ofNullable(profiles.get(organisationId));
    }

    @Override
    public OrganisationProfile save(OrganisationProfile profile) {
        transactions.requireActive();
        long stored = find(profile.organisationId()).map(OrganisationProfile::version).orElse(0L);
        if (stored != profile.version()) {
            throw ConflictException.staleVersion("profile " + profile.organisationId());
        }
        OrganisationProfile saved = new OrganisationProfile(profile.organisationId(), profile.language(),
                profile.customerSince(), profile.serviceManagerKeys(), profile.roundsPerYear(), stored + 1);
        profiles.put(saved.organisationId(), saved);
        return saved;
    }

    /** Test setup: store a profile as it is, outside any service. */
    public void put(OrganisationProfile profile) {
        profiles.put(profile.organisationId(), profile);
    }
}
