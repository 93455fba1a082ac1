package nl.xlascorecard.core.followup.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import nl.xlascorecard.core.followup.domain.FollowUp;
import nl.xlascorecard.core.followup.domain.FollowUpMetrics;
import nl.xlascorecard.core.followup.port.in.ReadFollowUpMetrics;
import nl.xlascorecard.core.followup.port.out.FollowUpRepository;
import nl.xlascorecard.core.followup.port.out.FollowUpRepository.OpenCounts;
import nl.xlascorecard.core.followup.port.out.FollowUpSettingsRepository;
import nl.xlascorecard.core.organisation.service.OrganisationAccess;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.FieldErrors;
import nl.xlascorecard.core.shared.calendar.BusinessCalendar;

/**
 * Follow-up metrics of one organisation. The cohort is the follow-ups opened in the window: for each
 * one, whether it was closed by its due time, and how much business time passed from the rating to
 * the first call (business time, like the window itself, so a weekend does not count against
 * anybody).
 */
public final class FollowUpMetricsService implements ReadFollowUpMetrics {

    /**
     * Most follow-ups read for one organisation's figures: far more than any organisation gets in a
     * window (a few dozen), and a bound on memory if one does.
     */
    static final int MAX_COHORT = 10_000;

    private final FollowUpRepository followUps;
    private final FollowUpSettingsRepository settings;
    private final OrganisationAccess access;
    private final Clock clock;

    public FollowUpMetricsService(FollowUpRepository followUps, FollowUpSettingsRepository settings,
                                  OrganisationAccess access, Clock clock) {
        this.followUps = Objects.requireNonNull(followUps);
        this.settings = Objects.requireNonNull(settings);
        this.access = Objects.requireNonNull(access);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public FollowUpMetrics metrics(Caller caller, long organisationId, int days) {
        FieldErrors errors = new FieldErrors();
        errors.range("days", days, 1, MAX_DAYS);
        errors.throwIfAny();
        access.checkVisible(caller, organisationId);
        Instant now = clock.instant();
        Instant since = now.minus(Duration.ofDays(days));
        List<FollowUp> cohort = followUps.createdSince(organisationId, since, MAX_COHORT);
        long closed = cohort.stream().filter(f -> !f.isOpen()).count();
        long withinWindow = cohort.stream().filter(FollowUp::doneWithinWindow).count();
        Double percent = closed == 0 ? null : 100.0 * withinWindow / closed;
        BusinessCalendar calendar = settings.load().businessCalendar();
        List<Duration> toContact = cohort.stream()
                .filter(f -> f.contactedAt() != null)
                .map(f -> max(Duration.ZERO, calendar.businessTimeBetween(f.ratedAt(), f.contactedAt())))
                .sorted()
                .toList();
        OpenCounts open = followUps.countOpen(organisationId, now);
        return new FollowUpMetrics(organisationId, days, since, closed, withinWindow, percent, toContact.size(),
                median(toContact), open.open(), open.overdue());
    }

    /** Median of sorted durations: the middle one, or the mean of the two middle ones; {@code null} when empty. */
    static Duration median(List<Duration> sorted) {
        int n = sorted.size();
        if (n == 0) {
            return null;
        }
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        return sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
