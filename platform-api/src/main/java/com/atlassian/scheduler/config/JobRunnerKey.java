package com.atlassian.scheduler.config;

import java.util.Objects;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). The key a job runner is registered under.
 * Source: https://docs.atlassian.com/atlassian-scheduler-api/latest/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/JobRunnerKey.html
 */
public final class JobRunnerKey {

    private final String key;

    private JobRunnerKey(String key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    public static JobRunnerKey of(String key) {
        return new JobRunnerKey(key);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobRunnerKey that && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
