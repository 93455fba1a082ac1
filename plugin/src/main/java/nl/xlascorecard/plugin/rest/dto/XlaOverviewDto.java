package nl.xlascorecard.plugin.rest.dto;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import nl.xlascorecard.core.target.domain.OrganisationOverview;
import nl.xlascorecard.core.target.domain.SlaFigures;

/**
 * One organisation of {@code GET xla/overview}: a fixed contract (dashboard items build on it).
 * {@code sla} is {@code null} without SLA data; {@code percent} is rounded to 1 decimal;
 * {@code worstStatus} is {@code null} for an organisation without targets.
 */
@JsonPropertyOrder({"organisation", "sla", "worstStatus", "watermelon", "targets"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record XlaOverviewDto(OrganisationRefDto organisation, SlaDto sla, String worstStatus, boolean watermelon,
                             List<TargetDto> targets) {

    public XlaOverviewDto {
        targets = List.copyOf(targets);
    }

    public static XlaOverviewDto from(OrganisationOverview row) {
        return new XlaOverviewDto(new OrganisationRefDto(row.organisation().id(), row.organisation().name()),
                row.sla() == null ? null : SlaDto.from(row.sla()),
                row.worstStatus() == null ? null : row.worstStatus().name(), row.watermelon(),
                row.targets().stream().map(TargetDto::from).toList());
    }

    @JsonPropertyOrder({"id", "name"})
    public record OrganisationRefDto(long id, String name) {
    }

    @JsonPropertyOrder({"met", "breached", "total", "percent", "days"})
    public record SlaDto(long met, long breached, long total, Double percent, int days) {

        static SlaDto from(SlaFigures sla) {
            return new SlaDto(sla.met(), sla.breached(), sla.total(), TargetDto.round(sla.percent(), 1), sla.days());
        }
    }
}
