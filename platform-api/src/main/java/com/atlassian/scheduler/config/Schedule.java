package com.atlassian.scheduler.config;

import java.util.Date;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). When a job runs. Only the interval
 * schedule is declared.
 * Source: https://docs.atlassian.com/atlassian-scheduler-api/latest/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/Schedule.html
 */
public final class Schedule {

    private final IntervalScheduleInfo interval;

    private Schedule(IntervalScheduleInfo interval) {
        this.interval = interval;
    }

    /** Every {@code intervalInMillis}, first at {@code firstRunTime} ({@code null} = as soon as possible). */
    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(new IntervalScheduleInfo(firstRunTime, intervalInMillis));
    }

    /** The interval details; {@code null} for other kinds of schedule. */
    public IntervalScheduleInfo getIntervalScheduleInfo() {
        return interval;
    }
}
