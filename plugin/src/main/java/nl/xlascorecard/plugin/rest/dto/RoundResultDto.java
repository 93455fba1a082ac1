package nl.xlascorecard.plugin.rest.dto;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import nl.xlascorecard.core.scorecard.domain.CategoryResult;
import nl.xlascorecard.core.scorecard.domain.Delta;
import nl.xlascorecard.core.scorecard.domain.RoleResult;
import nl.xlascorecard.core.scorecard.domain.RoundResult;
import nl.xlascorecard.core.scorecard.domain.Stat;
import nl.xlascorecard.core.scorecard.domain.StatementResult;

/**
 * The statistics of a round (interim while OPEN). A suppressed {@link StatDto} (fewer respondents
 * than the anonymity floor) carries only {@code n}; its other figures are {@code null}. A
 * {@link DeltaDto} with {@code null} figures could not be computed. {@code nps} is the relationship
 * question ({@link NpsDto}, same floor); {@code npsVsPrevious}/{@code npsVsBaseline} are in NPS points.
 */
@JsonPropertyOrder({"round", "responses", "responseRate", "overall", "overallVsPrevious", "overallVsBaseline",
        "categories", "roles", "previousRoundId", "baselineRoundId", "attentionThreshold",
        "nps", "npsVsPrevious", "npsVsBaseline"})
public record RoundResultDto(RoundDto round, int responses, Double responseRate, StatDto overall,
                             DeltaDto overallVsPrevious, DeltaDto overallVsBaseline, List<CategoryResultDto> categories,
                             List<RoleResultDto> roles, Long previousRoundId, Long baselineRoundId,
                             int attentionThreshold, NpsDto nps, DeltaDto npsVsPrevious, DeltaDto npsVsBaseline) {

    public RoundResultDto {
        categories = List.copyOf(categories);
        roles = List.copyOf(roles);
    }

    public static RoundResultDto from(RoundResult result) {
        return new RoundResultDto(RoundDto.from(result.round()), result.responses(), result.responseRate(),
                StatDto.from(result.overall()), DeltaDto.from(result.overallVsPrevious()),
                DeltaDto.from(result.overallVsBaseline()),
                result.categories().stream().map(CategoryResultDto::from).toList(),
                result.roles().stream().map(RoleResultDto::from).toList(),
                result.previousRoundId(), result.baselineRoundId(), result.attentionThreshold(),
                NpsDto.from(result.nps()), DeltaDto.from(result.npsVsPrevious()), DeltaDto.from(result.npsVsBaseline()));
    }

    @JsonPropertyOrder({"n", "mean", "sd", "ciLow", "ciHigh", "suppressed"})
    public record StatDto(int n, Double mean, Double sd, Double ciLow, Double ciHigh, boolean suppressed) {

        static StatDto from(Stat stat) {
            return stat == null ? null
                    : new StatDto(stat.n(), stat.mean(), stat.sd(), stat.ciLow(), stat.ciHigh(), stat.suppressed());
        }
    }

    @JsonPropertyOrder({"otherRoundId", "delta", "significant"})
    public record DeltaDto(long otherRoundId, Double delta, Boolean significant) {

        static DeltaDto from(Delta delta) {
            return delta == null ? null : new DeltaDto(delta.otherRoundId(), delta.delta(), delta.significant());
        }
    }

    @JsonPropertyOrder({"category", "stat", "vsPrevious", "vsBaseline", "attention", "statements"})
    public record CategoryResultDto(String category, StatDto stat, DeltaDto vsPrevious, DeltaDto vsBaseline,
                                    boolean attention, List<StatementResultDto> statements) {

        public CategoryResultDto {
            statements = List.copyOf(statements);
        }

        static CategoryResultDto from(CategoryResult result) {
            return new CategoryResultDto(result.category().name(), StatDto.from(result.stat()),
                    DeltaDto.from(result.vsPrevious()), DeltaDto.from(result.vsBaseline()), result.attention(),
                    result.statements().stream().map(StatementResultDto::from).toList());
        }
    }

    @JsonPropertyOrder({"statementKey", "stat", "vsPrevious", "vsBaseline"})
    public record StatementResultDto(String statementKey, StatDto stat, DeltaDto vsPrevious, DeltaDto vsBaseline) {

        static StatementResultDto from(StatementResult result) {
            return new StatementResultDto(result.statementKey(), StatDto.from(result.stat()),
                    DeltaDto.from(result.vsPrevious()), DeltaDto.from(result.vsBaseline()));
        }
    }

    /** Per role: overall, per category (keyed by category name, in category order) and NPS. */
    @JsonPropertyOrder({"role", "overall", "categories", "nps"})
    public record RoleResultDto(String role, StatDto overall, Map<String, StatDto> categories, NpsDto nps) {

        public RoleResultDto {
            categories = Collections.unmodifiableMap(new LinkedHashMap<>(categories));
        }

        static RoleResultDto from(RoleResult result) {
            Map<String, StatDto> categories = new LinkedHashMap<>();
            result.categories().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(entry -> categories.put(entry.getKey().name(), StatDto.from(entry.getValue())));
            return new RoleResultDto(result.role().name(), StatDto.from(result.overall()), categories,
                    NpsDto.from(result.nps()));
        }
    }
}
