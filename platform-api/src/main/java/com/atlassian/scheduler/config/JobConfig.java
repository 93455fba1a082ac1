package com.atlassian.scheduler.config;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). A job's runner, run mode and schedule
 * (immutable; each {@code with...} returns a copy).
 * Source: https://docs.atlassian.com/atlassian-scheduler-api/latest/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/JobConfig.html
 */
public final class JobConfig {

    private final JobRunnerKey jobRunnerKey;
    private final RunMode runMode;
    private final Schedule schedule;

    private JobConfig(JobRunnerKey jobRunnerKey, RunMode runMode, Schedule schedule) {
        this.jobRunnerKey = jobRunnerKey;
        this.runMode = runMode;
        this.schedule = schedule;
    }

    /** Defaults: {@link RunMode#RUN_ONCE_PER_CLUSTER}, run once as soon as possible. */
    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        return new JobConfig(jobRunnerKey, RunMode.RUN_ONCE_PER_CLUSTER, null);
    }

    public JobConfig withRunMode(RunMode newRunMode) {
        return new JobConfig(jobRunnerKey, newRunMode, schedule);
    }

    public JobConfig withSchedule(Schedule newSchedule) {
        return new JobConfig(jobRunnerKey, runMode, newSchedule);
    }

    public JobRunnerKey getJobRunnerKey() {
        return jobRunnerKey;
    }

    public RunMode getRunMode() {
        return runMode;
    }

    public Schedule getSchedule() {
        return schedule;
    }
}
