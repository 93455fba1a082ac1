package com.atlassian.scheduler;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). The outcome of a run; the real class has
 * a private constructor and these factories.
 * Source: https://docs.atlassian.com/atlassian-scheduler-api/latest/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/JobRunnerResponse.html
 */
public final class JobRunnerResponse {

    /** The declaration's stand-in for the real class's status enum. */
    public enum Status {
        SUCCESS,
        FAILED,
        ABORTED
    }

    private final Status status;
    private final String message;

    private JobRunnerResponse(Status status, String message) {
        this.status = status;
        this.message = message;
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(Status.SUCCESS, message);
    }

    public static JobRunnerResponse failed(String message) {
        return new JobRunnerResponse(Status.FAILED, message);
    }

    public static JobRunnerResponse failed(Throwable cause) {
        return new JobRunnerResponse(Status.FAILED, cause.toString());
    }

    public static JobRunnerResponse aborted(String message) {
        return new JobRunnerResponse(Status.ABORTED, message);
    }

    public Status getStatus() {
        return status;
    }

    public String getMessage() {
        return message;
    }
}
