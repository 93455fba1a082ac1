package nl.xlascorecard.core.nps.domain;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * CSAT and NPS of one organisation per calendar month, oldest month first, every month present
 * (months without data have n = 0).
 *
 * @param zone                    the time zone in which the months begin and end
 * @param closedRoundsOnly        true when NPS counts only responses of closed rounds (the caller may
 *                                not read interim results)
 */
public record SatisfactionTrend(long organisationId, ZoneId zone, boolean closedRoundsOnly,
                                List<SatisfactionMonth> months) {

    public SatisfactionTrend {
        Objects.requireNonNull(zone, "zone");
        months = List.copyOf(months);
    }
}
