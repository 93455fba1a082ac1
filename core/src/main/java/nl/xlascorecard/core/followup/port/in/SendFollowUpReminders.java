package nl.xlascorecard.core.followup.port.in;

/**
 * In-port of the reminder job (once per cluster, every few minutes). Sends a reminder for each open
 * follow-up that is due within the reminder lead time (business time) and has had none, and an
 * escalation for each overdue one that has had none. Each is claimed with a compare-and-set in the
 * database before it is sent, so two nodes running the job at once send it once; the notifier is
 * called after the claim has committed.
 */
public interface SendFollowUpReminders {

    ReminderReport sendDue();

    /**
     * @param reminders   reminders sent by this run
     * @param escalations escalations sent by this run
     * @param failed      notices claimed but not delivered because the notifier failed (they are not
     *                    retried: the claim stands, so no notice is ever sent twice)
     */
    record ReminderReport(int reminders, int escalations, int failed) {
    }
}
