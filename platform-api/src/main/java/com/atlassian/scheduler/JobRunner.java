package com.atlassian.scheduler;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). The work of a scheduled job.
 * Source: https://docs.atlassian.com/atlassian-scheduler-api/latest/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/JobRunner.html
 */
public interface JobRunner {

    /** @return the outcome, shown in Jira's scheduler administration; {@code null} counts as success */
    JobRunnerResponse runJob(JobRunnerRequest request);
}
