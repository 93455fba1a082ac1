package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). Atlassian's scheduler: an app registers
 * a {@link JobRunner} under a key (on every node) and schedules jobs for it (stored cluster-wide).
 * Source: https://docs.atlassian.com/atlassian-scheduler-api/latest/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/SchedulerService.html
 */
public interface SchedulerService {

    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    /** Creates the job, or replaces the job with the same id. */
    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;

    void unscheduleJob(JobId jobId);
}
