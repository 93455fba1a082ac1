package nl.xlascorecard.core.organisation.domain;

import java.util.Objects;

/** A JSM customer organisation as JSM knows it: id and name. JSM owns these; the app never creates them. */
public record OrganisationRef(long id, String name) {

    public OrganisationRef {
        Objects.requireNonNull(name, "name");
    }
}
