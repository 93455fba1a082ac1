package com.atlassian.scheduler.config;

import java.util.Objects;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). The id of one scheduled job, unique in
 * the cluster.
 * Source: https://docs.atlassian.com/atlassian-scheduler-api/latest/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/JobId.html
 */
public final class JobId {

    private final String id;

    private JobId(String id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    public static JobId of(String id) {
        return new JobId(id);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobId that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
