package nl.xlascorecard.plugin.jira;

import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import nl.xlascorecard.core.followup.port.out.FollowUpNotifier;
import nl.xlascorecard.core.organisation.domain.OrganisationRef;
import nl.xlascorecard.core.organisation.port.out.OrganisationDirectory;
import nl.xlascorecard.core.rating.port.out.RatingSource;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.core.scorecard.domain.DefaultTemplate;
import nl.xlascorecard.plugin.config.XlaApp;
import nl.xlascorecard.plugin.persistence.AoTestDatabase;
import nl.xlascorecard.plugin.persistence.PersistenceModule;

/**
 * The real app (core services, AO repositories) on an in-memory HSQLDB, built through
 * {@link XlaApp} as the Jira configuration builds it, for the adapter tests: only Jira is faked.
 */
final class RatingsOnHsqldb implements AutoCloseable {

    static final OrganisationRef ORGANISATION = new OrganisationRef(7, "Ziekenhuis Oost");

    final AoTestDatabase db = AoTestDatabase.hsqldb(() -> DefaultTemplate.asVersion1(java.time.Instant.EPOCH));
    final PersistenceModule.Repositories repositories = PersistenceModule.repositories(db.ao());
    final XlaApp app;

    RatingsOnHsqldb(RatingSource source, FollowUpNotifier notifier, Clock clock) {
        app = new XlaApp(db.ao(), new OneOrganisation(), source, notifier, clock);
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }

    static final class OneOrganisation implements OrganisationDirectory {

        @Override
        public Optional<OrganisationRef> find(long organisationId) {
            return organisationId == ORGANISATION.id() ? Optional.of(ORGANISATION) : Optional.empty();
        }

        @Override
        public Page<OrganisationRef> list(PageRequest page) {
            return new Page<>(List.of(ORGANISATION), page.start(), page.limit(), 1);
        }

        @Override
        public List<OrganisationRef> findAll(Collection<Long> organisationIds) {
            return organisationIds.contains(ORGANISATION.id()) ? List.of(ORGANISATION) : List.of();
        }
    }
}
