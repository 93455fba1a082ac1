package nl.xlascorecard.plugin.persistence;

import java.util.Objects;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.DBParam;
import net.java.ao.Query;

import nl.xlascorecard.core.scorecard.domain.ScorecardConflicts;
import nl.xlascorecard.core.scorecard.domain.ScorecardTemplate;
import nl.xlascorecard.core.scorecard.port.out.TemplateRepository;
import nl.xlascorecard.plugin.persistence.ao.TemplateVersionAo;

/** Template versions in {@code TEMPLATE_VERSION}: inserted once, never changed, unique by number. */
public final class AoTemplateRepository implements TemplateRepository {

    private final ActiveObjects ao;
    private final AoTransactionRunner tx;

    public AoTemplateRepository(ActiveObjects ao, AoTransactionRunner tx) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public Optional<ScorecardTemplate> latest() {
        return first(Query.select().order("VERSION DESC").limit(1));
    }

    @Override
    public Optional<ScorecardTemplate> byVersion(int version) {
        return first(Query.select().where("VERSION = ?", version));
    }

    @Override
    public ScorecardTemplate insert(ScorecardTemplate template) {
        if (template.version() < 1) {
            throw new IllegalArgumentException("template versions start at 1: " + template.version());
        }
        Objects.requireNonNull(template.createdAt(), "createdAt");
        return tx.inTransaction(() -> {
            try {
                TemplateVersionAo row = ao.create(TemplateVersionAo.class,
                        new DBParam("VERSION", template.version()),
                        new DBParam("CREATED_AT", template.createdAt().toEpochMilli()),
                        new DBParam("CREATED_BY", Columns.text(template.createdBy())),
                        new DBParam("BODY", TemplateJson.write(template.categories())));
                return toDomain(row);
            } catch (RuntimeException e) {
                if (UniqueViolations.isUniqueViolation(e)) {
                    throw ScorecardConflicts.templateOutdated(template.version());
                }
                throw e;
            }
        });
    }

    private Optional<ScorecardTemplate> first(Query query) {
        TemplateVersionAo[] rows = ao.find(TemplateVersionAo.class, query);
        return rows.length == 0 ? Optional.empty() : Optional.of(toDomain(rows[0]));
    }

    static ScorecardTemplate toDomain(TemplateVersionAo row) {
        return new ScorecardTemplate(row.getVersion(), Columns.instant(row.getCreatedAt()), row.getCreatedBy(),
                TemplateJson.read(row.getBody()));
    }
}
