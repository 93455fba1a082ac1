package nl.xlascorecard.core.testing;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.xlascorecard.core.organisation.domain.OrganisationRef;
import nl.xlascorecard.core.organisation.port.out.OrganisationDirectory;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;

public final class InMemoryOrganisationDirectory implements OrganisationDirectory {

    private final Map<Long, OrganisationRef> organisations = new LinkedHashMap<>();

    public InMemoryOrganisationDirectory add(long id, String name) {
        organisations.put(id, new OrganisationRef(id, name));
        return this;
    }

    @Override
    public Optional<OrganisationRef> find(long organisationId) {
        return Optional.ofNullable(organisations.get(organisationId));
    }

    @Override
    public Page<OrganisationRef> list(PageRequest page) {
        return Pages.slice(sorted(organisations.values()), page);
    }

    @Override
    public List<OrganisationRef> findAll(Collection<Long> organisationIds) {
        return sorted(organisationIds.stream().map(organisations::get).filter(r -> r != null).toList());
    }

    private static List<OrganisationRef> sorted(Collection<OrganisationRef> refs) {
        return refs.stream().sorted(Comparator.comparing(OrganisationRef::name).thenComparing(OrganisationRef::id)).toList();
    }
}
