package nl.xlascorecard.plugin.persistence.upgrade;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

import net.java.ao.DBParam;

import nl.xlascorecard.core.scorecard.domain.DefaultTemplate;
import nl.xlascorecard.core.scorecard.domain.ScorecardTemplate;
import nl.xlascorecard.plugin.persistence.TemplateJson;
import nl.xlascorecard.plugin.persistence.upgrade.v001.TemplateVersionAoV001;

/**
 * Model version 1: stores the shipped default scorecard template as template version 1, unless a
 * template is stored already. So every installation starts with a stored version 1 that rounds can
 * refer to, and an administrator's first edit becomes version 2. Running it again changes nothing.
 */
public final class UpgradeTask001SeedDefaultTemplate implements ActiveObjectsUpgradeTask {

    static final int SEEDED_VERSION = 1;

    private final Supplier<ScorecardTemplate> defaultTemplate;

    /**
     * What Jira's AO plugin calls (it creates upgrade tasks through the plugin's container): seeds
     * the core's shipped {@link DefaultTemplate}.
     */
    public UpgradeTask001SeedDefaultTemplate() {
        this(() -> DefaultTemplate.asVersion1(Instant.now()));
    }

    /** @param defaultTemplate the template to seed (its own version number is ignored) */
    public UpgradeTask001SeedDefaultTemplate(Supplier<ScorecardTemplate> defaultTemplate) {
        this.defaultTemplate = Objects.requireNonNull(defaultTemplate, "defaultTemplate");
    }

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("1");
    }

    @Override
    @SuppressWarnings("unchecked") // AO's varargs migrate with one entity class
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(TemplateVersionAoV001.class);
        ao.executeInTransaction(() -> {
            if (ao.count(TemplateVersionAoV001.class) == 0) {
                ScorecardTemplate template = defaultTemplate.get();
                Instant createdAt = template.createdAt() != null ? template.createdAt() : Instant.now();
                ao.create(TemplateVersionAoV001.class,
                        new DBParam("VERSION", SEEDED_VERSION),
                        new DBParam("CREATED_AT", createdAt.toEpochMilli()),
                        new DBParam("CREATED_BY", null),
                        new DBParam("BODY", TemplateJson.write(template.categories())));
            }
            return null;
        });
    }
}
