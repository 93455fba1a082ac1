package nl.xlascorecard.plugin.persistence.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

import net.java.ao.DBParam;
import net.java.ao.Query;

import nl.xlascorecard.core.target.domain.DefaultTargets;
import nl.xlascorecard.core.target.domain.XlaTarget;
import nl.xlascorecard.plugin.persistence.upgrade.v002.XlaTargetAoV002;

/**
 * Model version 2: stores the shipped default XLA targets ({@link DefaultTargets}) as defaults for
 * all organisations, unless a default is stored already. Runs once per installation; an
 * administrator's later changes to the defaults are never undone by it.
 */
public final class UpgradeTask002SeedDefaultTargets implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("2");
    }

    @Override
    @SuppressWarnings("unchecked") // AO's varargs migrate with one entity class
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(XlaTargetAoV002.class);
        ao.executeInTransaction(() -> {
            if (ao.count(XlaTargetAoV002.class, Query.select().where("ORG_ID IS NULL")) == 0) {
                for (XlaTarget target : DefaultTargets.shipped()) {
                    XlaTargetAoV002 row = ao.create(XlaTargetAoV002.class,
                            new DBParam("SCOPE_KEY", "default:" + target.metric().name() + ":-"),
                            new DBParam("METRIC", target.metric().name()),
                            new DBParam("COMPARISON", target.comparison().name()),
                            new DBParam("THRESHOLD", target.threshold()),
                            new DBParam("WARNING_MARGIN", target.warningMargin()),
                            new DBParam("WINDOW_KIND", target.window().kind().name()),
                            new DBParam("MIN_DATA_POINTS", target.minimumDataPoints()));
                    row.setWindowDays(target.window().days());
                    row.save();
                }
            }
            return null;
        });
    }
}
