package nl.xlascorecard.core.scorecard.domain;

import java.util.List;
import java.util.Objects;

/**
 * The result of a round (spec "Round result"). Computed on demand from the round's responses; for
 * a round still OPEN it is the interim result.
 *
 * @param responses           number of responses
 * @param responseRate        responses / invitations, {@code null} when invitations are unknown (0)
 * @param overall             overall = mean of the category means; n and the interval come from the
 *                            respondents' own overall scores (docs/statistics.md)
 * @param previousRoundId     the closed round this one is compared with, or {@code null}
 * @param baselineRoundId     the organisation's closed baseline, or {@code null} (also when this is it)
 * @param attentionThreshold  the threshold that was applied
 * @param nps                 the relationship question over all respondents who answered it
 * @param npsVsPrevious       NPS change against the previous closed round (points; significance by
 *                            the adjusted-Wald comparison), {@code null} when there is none
 * @param npsVsBaseline       the same against the closed baseline
 */
public record RoundResult(Round round, int responses, Double responseRate, Stat overall,
                          Delta overallVsPrevious, Delta overallVsBaseline,
                          List<CategoryResult> categories, List<RoleResult> roles,
                          Long previousRoundId, Long baselineRoundId, int attentionThreshold,
                          NpsStat nps, Delta npsVsPrevious, Delta npsVsBaseline) {

    public RoundResult {
        categories = List.copyOf(categories);
        roles = List.copyOf(roles);
        Objects.requireNonNull(nps, "nps");
    }

    /** A result without answers to the relationship question. */
    public RoundResult(Round round, int responses, Double responseRate, Stat overall,
                       Delta overallVsPrevious, Delta overallVsBaseline,
                       List<CategoryResult> categories, List<RoleResult> roles,
                       Long previousRoundId, Long baselineRoundId, int attentionThreshold) {
        this(round, responses, responseRate, overall, overallVsPrevious, overallVsBaseline, categories, roles,
                previousRoundId, baselineRoundId, attentionThreshold, NpsStat.empty(), null, null);
    }
}
