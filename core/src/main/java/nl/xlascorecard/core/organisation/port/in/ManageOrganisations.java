package nl.xlascorecard.core.organisation.port.in;

import nl.xlascorecard.core.organisation.domain.Organisation;
import nl.xlascorecard.core.organisation.domain.OrganisationProfile;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;

/** In-port: organisations the caller may see, and their profiles. */
public interface ManageOrganisations {

    /** Organisations visible to the caller (service managers: all, or their own when limited). */
    Page<Organisation> list(Caller caller, PageRequest page);

    /** @throws nl.xlascorecard.core.shared.NotFoundException missing or not visible */
    Organisation get(Caller caller, long organisationId);

    /**
     * Whether the caller may change the organisation's data (plan rounds, enter responses, edit
     * actions and the profile): what pages use to offer those controls. The services check again.
     */
    boolean canManage(Caller caller, long organisationId);

    /**
     * Replaces the profile (service manager of that organisation or administrator).
     * {@code profile.version()} must be the version the caller read.
     */
    Organisation updateProfile(Caller caller, OrganisationProfile profile);
}
