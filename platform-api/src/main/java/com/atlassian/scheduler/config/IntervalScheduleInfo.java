package com.atlassian.scheduler.config;

import java.util.Date;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). The details of an interval schedule.
 * Source: https://docs.atlassian.com/atlassian-scheduler-api/latest/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/IntervalScheduleInfo.html
 */
public final class IntervalScheduleInfo {

    private final Date firstRunTime;
    private final long intervalInMillis;

    public IntervalScheduleInfo(Date firstRunTime, long intervalInMillis) {
        this.firstRunTime = firstRunTime == null ? null : new Date(firstRunTime.getTime());
        this.intervalInMillis = intervalInMillis;
    }

    public Date getFirstRunTime() {
        return firstRunTime == null ? null : new Date(firstRunTime.getTime());
    }

    public long getIntervalInMillis() {
        return intervalInMillis;
    }
}
