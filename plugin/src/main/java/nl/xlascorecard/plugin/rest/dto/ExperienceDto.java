package nl.xlascorecard.plugin.rest.dto;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import nl.xlascorecard.core.rating.domain.RequestExperience;
import nl.xlascorecard.core.rating.domain.RequestExperience.OrganisationExperience;
import nl.xlascorecard.core.scorecard.domain.RoundResult;
import nl.xlascorecard.plugin.rest.dto.RoundResultDto.DeltaDto;
import nl.xlascorecard.plugin.rest.dto.RoundResultDto.StatDto;
import nl.xlascorecard.plugin.users.UserNames;

/**
 * What the experience panel shows for one request: its rating and follow-up ({@code null} when
 * none) and, per organisation of the request the caller may see, CSAT over 90 days, the newest
 * closed scorecard round's overall score with its change against the previous closed round, and
 * the open follow-ups.
 */
@JsonPropertyOrder({"requestKey", "rating", "followUp", "organisations"})
public record ExperienceDto(String requestKey, RatingDto rating, FollowUpDto followUp,
                            List<OrganisationDto> organisations) {

    public ExperienceDto {
        organisations = List.copyOf(organisations);
    }

    public static ExperienceDto from(RequestExperience e, UserNames names) {
        return new ExperienceDto(e.requestKey(), RatingDto.from(e.rating()), FollowUpDto.from(e.followUp(), names),
                e.organisations().stream().map(OrganisationDto::from).toList());
    }

    /** {@code latestScorecard} is {@code null} until the organisation has a closed round. */
    @JsonPropertyOrder({"id", "name", "csat", "latestScorecard", "openFollowUps", "overdueFollowUps"})
    public record OrganisationDto(long id, String name, CsatDto csat, ScorecardDto latestScorecard, long openFollowUps,
                                  long overdueFollowUps) {

        static OrganisationDto from(OrganisationExperience o) {
            return new OrganisationDto(o.organisationId(), o.name(), CsatDto.from(o.csat()),
                    ScorecardDto.from(o.latestResult()), o.openFollowUps(), o.overdueFollowUps());
        }
    }

    /**
     * The overall score of a closed round ({@code overall.mean} is {@code null} when suppressed for
     * anonymity) and its change against the previous closed round ({@code null} when there is none).
     */
    @JsonPropertyOrder({"roundId", "title", "kind", "closes", "responses", "overall", "overallVsPrevious"})
    public record ScorecardDto(long roundId, String title, String kind, LocalDate closes, int responses,
                               StatDto overall, DeltaDto overallVsPrevious) {

        static ScorecardDto from(RoundResult result) {
            return result == null ? null
                    : new ScorecardDto(result.round().id(), result.round().title(), result.round().kind().name(),
                            result.round().closes(), result.responses(), StatDto.from(result.overall()),
                            DeltaDto.from(result.overallVsPrevious()));
        }
    }
}
