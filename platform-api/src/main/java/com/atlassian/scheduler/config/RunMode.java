package com.atlassian.scheduler.config;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). Where a job runs in a cluster.
 * Source: https://docs.atlassian.com/atlassian-scheduler-api/latest/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/RunMode.html
 */
public enum RunMode {
    /** On one node of the cluster per scheduled time; the schedule is stored in the database. */
    RUN_ONCE_PER_CLUSTER,
    /** On every node, from memory; lost on restart. */
    RUN_LOCALLY
}
