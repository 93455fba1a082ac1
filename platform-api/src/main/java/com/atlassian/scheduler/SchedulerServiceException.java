package com.atlassian.scheduler;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). A job could not be scheduled.
 * Source: https://docs.atlassian.com/atlassian-scheduler-api/latest/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/SchedulerServiceException.html
 */
public class SchedulerServiceException extends Exception {

    private static final long serialVersionUID = 1L;

    public SchedulerServiceException(String message) {
        super(message);
    }
}
