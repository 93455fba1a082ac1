package nl.xlascorecard.core.nps.service;

import static nl.xlascorecard.core.shared.ValidationAssertions.fieldsAndKeys;
import static nl.xlascorecard.core.testing.CoreFixture.ORG;
import static nl.xlascorecard.core.testing.CoreFixture.OTHER_ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.nps.domain.SatisfactionMonth;
import nl.xlascorecard.core.nps.domain.SatisfactionTrend;
import nl.xlascorecard.core.rating.domain.RatingDistribution;
import nl.xlascorecard.core.rating.domain.TicketRating;
import nl.xlascorecard.core.scorecard.domain.RespondentRole;
import nl.xlascorecard.core.scorecard.domain.Response;
import nl.xlascorecard.core.scorecard.domain.Round;
import nl.xlascorecard.core.scorecard.domain.RoundKind;
import nl.xlascorecard.core.scorecard.domain.RoundState;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.NotFoundException;
import nl.xlascorecard.core.testing.Callers;
import nl.xlascorecard.core.testing.CoreFixture;
import nl.xlascorecard.core.testing.InMemoryFollowUpSettingsRepository;
import nl.xlascorecard.core.testing.InMemoryTicketRatingRepository;
import nl.xlascorecard.core.testing.Rounds;

/**
 * The trend over January..March 2026 (the fixture's clock stands at 4 March 2026), months in the
 * default calendar's zone, Europe/Amsterdam (UTC+1 in winter), on a data set counted by hand.
 */
class SatisfactionTrendServiceTest {

    private static final Offset<Double> E6 = within(1e-6);

    private final CoreFixture f = new CoreFixture();
    private final InMemoryTicketRatingRepository ratings = new InMemoryTicketRatingRepository(f.tx);
    private final SatisfactionTrendService service = new SatisfactionTrendService(ratings, f.responses, f.access,
            f.directory, f.settings, new InMemoryFollowUpSettingsRepository(f.tx), f.clock);
    private int requests;

    private void rate(long organisation, int stars, String at) {
        requests++;
        f.tx.inTransaction(() -> ratings.upsert(new TicketRating("ITSM-" + requests, requests, List.of(organisation),
                stars, null, Instant.parse(at), "cust", "Klant", 0)));
    }

    private void answer(Round round, String at, Integer... answers) {
        for (Integer answer : answers) {
            f.responses.store(new Response(0, round.id(), RespondentRole.END_USER, null, null, Map.of(), Map.of(), null,
                    Instant.parse(at), answer, null));
        }
    }

    /**
     * Ratings of ORG:
     *   January:  5, 4, 2 (10 Jan)                    -> n 3, happy 2, 66.666667%, mean 11 / 3 = 3.666667
     *   February: 1 at 31 Jan 23:30 UTC (= 1 Feb 00:30 in Amsterdam), 5 (15 Feb) -> n 2, happy 1, 50%, mean 3
     *   March:    none                                -> n 0, nulls
     *   out: 4 at 31 Dec 22:59 UTC (= 23:59 in Amsterdam); a rating of OTHER_ORG in February.
     * Answers of ORG's closed round: 10, 9, 9, 7, 3 on 20 Jan -> n 5, P 3, passives 1, D 1, NPS 40,
     *   mean 38 / 5 = 7.6; nA = 8, pP = 3.75 / 8 = 0.46875, pD = 1.75 / 8 = 0.21875, d = 0.25,
     *   var = (0.6875 - 0.0625) / 8 = 0.078125, h = 1.96 x 0.279508 = 0.547837 -> -29.783665 .. 79.783665;
     *   and 8 at 31 Jan 23:30 UTC, which is February in Amsterdam -> February n 1 (below the floor of 5).
     * Answers of ORG's open round: 10, 0 on 3 March -> n 2 (below the floor; not seen by agents at all).
     */
    @BeforeEach
    void handDataSet() {
        rate(ORG, 5, "2026-01-10T10:00:00Z");
        rate(ORG, 4, "2026-01-10T11:00:00Z");
        rate(ORG, 2, "2026-01-10T12:00:00Z");
        rate(ORG, 1, "2026-01-31T23:30:00Z");
        rate(ORG, 5, "2026-02-15T12:00:00Z");
        rate(ORG, 4, "2025-12-31T22:59:00Z");
        rate(OTHER_ORG, 1, "2026-02-15T12:00:00Z");
        Round closed = f.rounds.store(Rounds.round(ORG, RoundKind.PERIODIC, RoundState.CLOSED, "2026-01-12", "2026-02-01"));
        answer(closed, "2026-01-20T10:00:00Z", 10, 9, 9, 7, 3, null);
        answer(closed, "2026-01-31T23:30:00Z", 8);
        Round open = f.rounds.store(Rounds.round(ORG, RoundKind.PERIODIC, RoundState.OPEN, "2026-03-02", "2026-03-22"));
        answer(open, "2026-03-03T10:00:00Z", 10, 0);
    }

    private SatisfactionTrend trend(Caller caller) {
        return service.trend(caller, ORG, 3);
    }

    @Test
    void everyMonthOldestFirstInTheCalendarsZone() {
        SatisfactionTrend trend = trend(Callers.serviceManager("sm"));
        assertThat(trend.organisationId()).isEqualTo(ORG);
        assertThat(trend.zone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
        assertThat(trend.months()).extracting(SatisfactionMonth::month)
                .containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3));
        assertThat(service.trend(Callers.admin(), ORG, 12).months()).hasSize(12).first()
                .extracting(SatisfactionMonth::month).isEqualTo(YearMonth.of(2025, 4));
        assertThat(service.trend(Callers.admin(), ORG, 1).months()).extracting(SatisfactionMonth::month)
                .containsExactly(YearMonth.of(2026, 3));
    }

    @Test
    void csatPerMonthByHand() {
        List<SatisfactionMonth> months = trend(Callers.serviceManager("sm")).months();
        assertThat(months.get(0).csat()).isEqualTo(new RatingDistribution(0, 1, 0, 1, 1));
        assertThat(months.get(0).csatPercent()).isCloseTo(66.666667, E6);
        assertThat(months.get(0).meanRating()).isCloseTo(3.666667, E6);
        assertThat(months.get(1).csat()).isEqualTo(new RatingDistribution(1, 0, 0, 0, 1));
        assertThat(months.get(1).csatPercent()).isCloseTo(50.0, E6);
        assertThat(months.get(1).meanRating()).isCloseTo(3.0, E6);
        assertThat(months.get(2).csat().n()).isZero();
        assertThat(months.get(2).csatPercent()).isNull();
        assertThat(months.get(2).meanRating()).isNull();
    }

    @Test
    void npsPerMonthByHandWithTheAnonymityFloor() {
        List<SatisfactionMonth> months = trend(Callers.serviceManager("sm")).months();
        SatisfactionMonth january = months.get(0);
        assertThat(january.npsShown()).isTrue();
        assertThat(january.nps().n()).isEqualTo(5);
        assertThat(january.nps().score()).isCloseTo(40.0, E6);
        assertThat(january.nps().meanGrade()).isCloseTo(7.6, E6);
        assertThat(january.nps().interval().low()).isCloseTo(-29.783665, E6);
        assertThat(january.nps().interval().high()).isCloseTo(79.783665, E6);
        assertThat(months.get(1).nps().n()).isEqualTo(1);
        assertThat(months.get(1).npsSuppressed()).isTrue();
        assertThat(months.get(1).npsShown()).isFalse();
        assertThat(months.get(2).nps().n()).isEqualTo(2);
        assertThat(months.get(2).npsSuppressed()).isTrue();
    }

    @Test
    void agentsSeeTheAnswersOfClosedRoundsOnly() {
        SatisfactionTrend trend = trend(Callers.agent("agent", ORG));
        assertThat(trend.closedRoundsOnly()).isTrue();
        assertThat(trend.months()).extracting(m -> m.nps().n()).containsExactly(5L, 1L, 0L);
        assertThat(trend.months().get(2).npsSuppressed()).isFalse();
        assertThat(trend.months().get(0).csat().n()).isEqualTo(3);
        assertThat(trend(Callers.admin()).closedRoundsOnly()).isFalse();
    }

    @Test
    void monthsOutsideOneToSixtyAreAFieldError() {
        for (int months : new int[] {0, -1, 61, Integer.MAX_VALUE}) {
            assertThat(fieldsAndKeys(() -> service.trend(Callers.admin(), ORG, months)))
                    .containsExactly("months=xla.error.field.range");
        }
        assertThat(service.trend(Callers.admin(), ORG, 60).months()).hasSize(60);
    }

    @Test
    void hiddenAndMissingOrganisationsAreNotFound() {
        assertThatThrownBy(() -> trend(Callers.agent("agent", OTHER_ORG))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> trend(Callers.customer("cust", ORG))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.trend(Callers.admin(), 999, 12)).isInstanceOf(NotFoundException.class);
        f.limitServiceManagers();
        assertThatThrownBy(() -> trend(Callers.serviceManager("not-listed"))).isInstanceOf(NotFoundException.class);
    }
}
