package nl.xlascorecard.core.followup.service;

import java.time.Duration;
import java.time.Instant;

import nl.xlascorecard.core.followup.domain.FollowUp;
import nl.xlascorecard.core.followup.domain.FollowUpView;
import nl.xlascorecard.core.shared.calendar.BusinessCalendar;

/** The countdown of a follow-up in business time, at one moment. */
final class Countdowns {

    private final BusinessCalendar calendar;
    private final Instant now;

    Countdowns(BusinessCalendar calendar, Instant now) {
        this.calendar = calendar;
        this.now = now;
    }

    FollowUpView view(FollowUp f) {
        if (f.isOpen()) {
            return new FollowUpView(f, calendar.businessTimeBetween(now, f.dueAt()), f.isOverdue(now),
                    calendar.isOpen(now));
        }
        Instant closed = f.doneAt() == null ? now : f.doneAt();
        Duration spare = calendar.businessTimeBetween(closed, f.dueAt());
        return new FollowUpView(f, spare, closed.isAfter(f.dueAt()), false);
    }
}
