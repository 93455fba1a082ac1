package nl.xlascorecard.core.testing;

import java.util.Optional;
import java.util.TreeMap;

import nl.xlascorecard.core.scorecard.domain.ScorecardConflicts;
import nl.xlascorecard.core.scorecard.domain.ScorecardTemplate;
import nl.xlascorecard.core.scorecard.port.out.TemplateRepository;

public final class InMemoryTemplateRepository implements TemplateRepository {

    private final TreeMap<Integer, ScorecardTemplate> versions = new TreeMap<>();
    private final FakeTransactions transactions;

    public InMemoryTemplateRepository(FakeTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<ScorecardTemplate> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.lastEntry().getValue());
    }

    @Override
    public Optional<ScorecardTemplate> byVersion(int version) {
        return Optional.ofNullable(versions.get(version));
    }

    @Override
    public ScorecardTemplate insert(ScorecardTemplate template) {
        transactions.requireActive();
        if (versions.putIfAbsent(template.version(), template) != null) {
            throw ScorecardConflicts.templateOutdated(template.version());
        }
        return template;
    }

    /** Test setup. */
    public void put(ScorecardTemplate template) {
        versions.put(template.version(), template);
    }
}
