package nl.xlascorecard.core.organisation.port.out;

import java.util.Optional;

import nl.xlascorecard.core.organisation.domain.OrganisationProfile;

/** Out-port: the app's stored profile per organisation. */
public interface OrganisationProfileRepository {

    Optional<OrganisationProfile> find(long organisationId);

    /**
     * Inserts or updates. Fails with {@link nl.xlascorecard.core.shared.ConflictException#staleVersion} when
     * {@code profile.version()} is not the stored version (somebody else saved in between).
     *
     * @return the stored profile with its new version
     */
    OrganisationProfile save(OrganisationProfile profile);
}
