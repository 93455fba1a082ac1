package nl.xlascorecard.aohost;

import java.util.List;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;

import net.java.ao.RawEntity;

/** Starts an app's Active Objects the way Jira does when the app is enabled. */
public final class AoHost {

    private AoHost() {
    }

    /**
     * Connects, runs the pending upgrade tasks and migrates the entities (under the database lock
     * of {@link AoUpgradeRunner}), and returns the facade ready for use. The caller closes it.
     */
    public static EntityManagerActiveObjects start(Database database, String namespace,
                                                   List<Class<? extends RawEntity<?>>> entities,
                                                   List<ActiveObjectsUpgradeTask> upgradeTasks) {
        EntityManagerActiveObjects ao = EntityManagerActiveObjects.connect(database, namespace);
        try {
            new AoUpgradeRunner(ao).upgrade(entities, upgradeTasks);
            return ao;
        } catch (RuntimeException | Error e) {
            ao.close();
            throw e;
        }
    }
}
