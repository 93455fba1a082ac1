package nl.xlascorecard.plugin.rest.dto;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import nl.xlascorecard.core.nps.domain.SatisfactionMonth;
import nl.xlascorecard.core.nps.domain.SatisfactionTrend;

/**
 * CSAT and NPS of one organisation per calendar month, oldest first, every month present. Months
 * are those of {@code timeZone}; {@code closedRoundsOnly} tells that NPS counts only the responses of
 * closed rounds (callers who may not read interim results).
 */
@JsonPropertyOrder({"organisationId", "timeZone", "closedRoundsOnly", "months"})
public record SatisfactionTrendDto(long organisationId, String timeZone, boolean closedRoundsOnly,
                                   List<MonthDto> months) {

    public SatisfactionTrendDto {
        months = List.copyOf(months);
    }

    public static SatisfactionTrendDto from(SatisfactionTrend trend) {
        return new SatisfactionTrendDto(trend.organisationId(), trend.zone().getId(), trend.closedRoundsOnly(),
                trend.months().stream().map(MonthDto::from).toList());
    }

    /** One month: {@code "2026-01"}, its CSAT and its NPS. */
    @JsonPropertyOrder({"month", "csat", "nps"})
    public record MonthDto(String month, CsatMonthDto csat, NpsDto nps) {

        static MonthDto from(SatisfactionMonth month) {
            return new MonthDto(month.month().toString(), new CsatMonthDto(month.csat().n(), month.csat().satisfied(),
                    month.csatPercent(), month.meanRating()), NpsDto.from(month));
        }
    }

    /** Ratings given in the month: n, how many were 4-5 ("happy"), their share in %, the mean stars. */
    @JsonPropertyOrder({"n", "happy", "percent", "meanRating"})
    public record CsatMonthDto(long n, long happy, Double percent, Double meanRating) {
    }
}
