package nl.xlascorecard.core.organisation.domain;

/** A JSM organisation together with the app's profile of it: what screens and REST show. */
public record Organisation(OrganisationRef ref, OrganisationProfile profile) {

    public long id() {
        return ref.id();
    }

    public String name() {
        return ref.name();
    }
}
