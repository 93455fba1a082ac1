package nl.xlascorecard.core.scorecard.service;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import nl.xlascorecard.core.scorecard.domain.DefaultTemplate;
import nl.xlascorecard.core.scorecard.domain.ScorecardTemplate;
import nl.xlascorecard.core.scorecard.port.out.TemplateRepository;
import nl.xlascorecard.core.shared.NotFoundException;

/**
 * Looks template versions up for the core's services, with the shipped default standing in as
 * version 1 while none is stored. (The plugin stores the default as version 1 in an upgrade task;
 * until that has run, a round planned on version 1 must still find its template.)
 */
public final class TemplateVersions {

    public static final String NOT_FOUND = "xla.error.template.notFound";

    private final TemplateRepository repository;
    private final Clock clock;

    public TemplateVersions(TemplateRepository repository, Clock clock) {
        this.repository = Objects.requireNonNull(repository);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The latest stored version, or the default as version 1. */
    public ScorecardTemplate current() {
        return repository.latest().orElseGet(() -> DefaultTemplate.asVersion1(clock.instant()));
    }

    public Optional<ScorecardTemplate> find(int version) {
        Optional<ScorecardTemplate> stored = repository.byVersion(version);
        if (stored.isEmpty() && version == DefaultTemplate.VERSION) {
            return Optional.of(DefaultTemplate.asVersion1(clock.instant()));
        }
        return stored;
    }

    /** @throws NotFoundException unknown version */
    public ScorecardTemplate require(int version) {
        return find(version).orElseThrow(() -> new NotFoundException(NOT_FOUND, "template version " + version));
    }
}
