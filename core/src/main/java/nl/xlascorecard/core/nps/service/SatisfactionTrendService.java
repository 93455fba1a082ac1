package nl.xlascorecard.core.nps.service;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.xlascorecard.core.followup.port.out.FollowUpSettingsRepository;
import nl.xlascorecard.core.nps.domain.SatisfactionMonth;
import nl.xlascorecard.core.nps.domain.SatisfactionTrend;
import nl.xlascorecard.core.nps.port.in.ReadSatisfactionTrend;
import nl.xlascorecard.core.organisation.port.out.AppSettingsRepository;
import nl.xlascorecard.core.organisation.port.out.OrganisationDirectory;
import nl.xlascorecard.core.organisation.service.OrganisationAccess;
import nl.xlascorecard.core.rating.port.out.TicketRatingRepository;
import nl.xlascorecard.core.scorecard.port.out.ResponseRepository;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.FieldErrors;
import nl.xlascorecard.core.shared.stats.NetPromoterScore;

/**
 * CSAT and NPS per calendar month. Months begin and end at midnight in the business calendar's time
 * zone (the one the follow-up due times use), so "March" is March for the service desk. Every figure
 * is counted by the database per month (a few indexed counts each, months without data cost one
 * count per source), never by loading ratings or responses.
 *
 * <p>Visible to everyone who sees the organisation's CSAT. NPS follows the round-result rules:
 * months with fewer answers than the anonymity floor show only n, and callers who may not read
 * interim results (agents) get the answers of closed rounds only.
 */
public final class SatisfactionTrendService implements ReadSatisfactionTrend {

    private final TicketRatingRepository ratings;
    private final ResponseRepository responses;
    private final OrganisationAccess access;
    private final OrganisationDirectory directory;
    private final AppSettingsRepository settings;
    private final FollowUpSettingsRepository calendarSettings;
    private final Clock clock;

    public SatisfactionTrendService(TicketRatingRepository ratings, ResponseRepository responses,
                                    OrganisationAccess access, OrganisationDirectory directory,
                                    AppSettingsRepository settings, FollowUpSettingsRepository calendarSettings,
                                    Clock clock) {
        this.ratings = Objects.requireNonNull(ratings);
        this.responses = Objects.requireNonNull(responses);
        this.access = Objects.requireNonNull(access);
        this.directory = Objects.requireNonNull(directory);
        this.settings = Objects.requireNonNull(settings);
        this.calendarSettings = Objects.requireNonNull(calendarSettings);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public SatisfactionTrend trend(Caller caller, long organisationId, int months) {
        FieldErrors errors = new FieldErrors();
        errors.range("months", months, 1, MAX_MONTHS);
        errors.throwIfAny();
        access.checkVisible(caller, organisationId);
        // Administrators see every id: a missing organisation is still "not found".
        if (directory.find(organisationId).isEmpty()) {
            throw OrganisationAccess.notFound(organisationId);
        }
        boolean closedRoundsOnly = !access.canManage(caller, organisationId);
        int floor = settings.load().minimumGroupSize();
        ZoneId zone = calendarSettings.load().calendar().zone();
        YearMonth current = YearMonth.now(clock.withZone(zone));
        List<SatisfactionMonth> result = new ArrayList<>(months);
        for (YearMonth month = current.minusMonths(months - 1L); !month.isAfter(current); month = month.plusMonths(1)) {
            Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
            Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
            NetPromoterScore nps = NetPromoterScore.of(
                    responses.recommendationCounts(organisationId, from, to, closedRoundsOnly));
            boolean suppressed = !nps.isEmpty() && nps.n() < floor;
            result.add(new SatisfactionMonth(month, ratings.distribution(organisationId, from, to), nps, suppressed));
        }
        return new SatisfactionTrend(organisationId, zone, closedRoundsOnly, result);
    }
}
