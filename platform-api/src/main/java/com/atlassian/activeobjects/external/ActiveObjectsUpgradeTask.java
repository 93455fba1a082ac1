package com.atlassian.activeobjects.external;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). An upgrade of a plugin's Active Objects
 * data model, listed as {@code <upgradeTask>} in the {@code <ao>} module. Tasks run in order of
 * their model version, each only while the stored version is older; a task that throws stops the
 * run and is tried again on the next start.
 * Source: https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/ActiveObjectsUpgradeTask.html
 */
public interface ActiveObjectsUpgradeTask {

    /** The model version the data has once this task has run. */
    ModelVersion getModelVersion();

    /**
     * @param currentVersion the model version stored before this task
     * @param ao             Active Objects not yet bound to any entity: migrate what the task uses
     */
    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
