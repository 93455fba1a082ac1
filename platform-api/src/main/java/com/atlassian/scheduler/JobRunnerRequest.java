package com.atlassian.scheduler;

import java.util.Date;

import com.atlassian.scheduler.config.JobId;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). What the scheduler tells a runner about
 * the run.
 * Source: https://docs.atlassian.com/atlassian-scheduler-api/latest/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/JobRunnerRequest.html
 */
public interface JobRunnerRequest {

    Date getStartTime();

    JobId getJobId();

    boolean isCancellationRequested();
}
