package nl.xlascorecard.plugin.jira.scheduler;

import java.util.Objects;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;

import nl.xlascorecard.core.followup.port.in.SendFollowUpReminders;

/**
 * Every 5 minutes, once per cluster: sends due reminders and escalations. Each notice is claimed in
 * the database before it is sent, so even two overlapping runs send it once.
 */
public final class FollowUpReminderJob implements JobRunner {

    private final SendFollowUpReminders reminders;

    public FollowUpReminderJob(SendFollowUpReminders reminders) {
        this.reminders = Objects.requireNonNull(reminders, "reminders");
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        SendFollowUpReminders.ReminderReport report = reminders.sendDue();
        return JobRunnerResponse.success(report.toString());
    }
}
