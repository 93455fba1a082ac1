package nl.xlascorecard.plugin.rest.dto;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import nl.xlascorecard.core.followup.domain.FollowUpMetrics;

/**
 * Follow-up figures of an organisation: closed, within-window and contact figures cover the
 * follow-ups opened since {@code since}; {@code open} and {@code overdue} are counts now.
 * {@code percentWithinWindow} is {@code null} when none closed, {@code medianSecondsToContact}
 * (business time from rating to first call) when none was contacted.
 */
@JsonPropertyOrder({"organisationId", "days", "since", "closed", "closedWithinWindow", "percentWithinWindow",
        "contacted", "medianSecondsToContact", "open", "overdue"})
public record FollowUpMetricsDto(long organisationId, int days, Instant since, long closed, long closedWithinWindow,
                                 Double percentWithinWindow, long contacted, Long medianSecondsToContact, long open,
                                 long overdue) {

    public static FollowUpMetricsDto from(FollowUpMetrics m) {
        return new FollowUpMetricsDto(m.organisationId(), m.days(), m.since(), m.closed(), m.closedWithinWindow(),
                m.percentWithinWindow(), m.contacted(),
                m.medianTimeToContact() == null ? null : m.medianTimeToContact().toSeconds(), m.open(), m.overdue());
    }
}
