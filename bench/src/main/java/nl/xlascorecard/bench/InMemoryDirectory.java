package nl.xlascorecard.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import nl.xlascorecard.core.organisation.domain.OrganisationRef;
import nl.xlascorecard.core.organisation.port.out.OrganisationDirectory;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;

/** Organisations 1..n, as JSM would list them; the benchmarks measure the app, not JSM. */
final class InMemoryDirectory implements OrganisationDirectory {

    private final int count;

    InMemoryDirectory(int count) {
        this.count = count;
    }

    static String name(long id) {
        return String.format("Zorgorganisatie %05d", id);
    }

    @Override
    public Optional<OrganisationRef> find(long organisationId) {
        return organisationId >= 1 && organisationId <= count
                ? Optional.of(new OrganisationRef(organisationId, name(organisationId)))
                : Optional.empty();
    }

    @Override
    public Page<OrganisationRef> list(PageRequest page) {
        List<OrganisationRef> items = new ArrayList<>();
        for (long id = page.start() + 1L; id <= count && items.size() < page.limit(); id++) {
            items.add(new OrganisationRef(id, name(id)));
        }
        return new Page<>(items, page.start(), page.limit(), count);
    }

    @Override
    public List<OrganisationRef> findAll(Collection<Long> organisationIds) {
        return organisationIds.stream().sorted().map(this::find).flatMap(Optional::stream).toList();
    }
}
