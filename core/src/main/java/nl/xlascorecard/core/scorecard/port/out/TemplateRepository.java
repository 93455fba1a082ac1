package nl.xlascorecard.core.scorecard.port.out;

import java.util.Optional;

import nl.xlascorecard.core.scorecard.domain.ScorecardTemplate;

/** Out-port: stored template versions. Versions are never changed or deleted once stored. */
public interface TemplateRepository {

    Optional<ScorecardTemplate> latest();

    Optional<ScorecardTemplate> byVersion(int version);

    /**
     * Stores {@code template} as version {@code template.version()}. Fails with
     * {@link nl.xlascorecard.core.scorecard.domain.ScorecardConflicts#templateOutdated} when that
     * version exists already (two administrators saving at once: the database's unique version decides).
     */
    ScorecardTemplate insert(ScorecardTemplate template);
}
