package nl.xlascorecard.core.scorecard.service;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.xlascorecard.core.scorecard.domain.RespondentRole;
import nl.xlascorecard.core.scorecard.domain.Response;
import nl.xlascorecard.core.shared.stats.NetPromoterScore;

/**
 * The answers to the relationship question of one round, over all respondents and per role. Taken
 * from the responses the result has loaded anyway, so a result costs no extra query for NPS.
 */
record RoundRecommendations(NetPromoterScore all, Map<RespondentRole, NetPromoterScore> byRole) {

    RoundRecommendations {
        byRole = Map.copyOf(byRole);
    }

    static RoundRecommendations of(List<Response> responses) {
        Map<RespondentRole, NetPromoterScore> byRole = new EnumMap<>(RespondentRole.class);
        for (RespondentRole role : RespondentRole.values()) {
            byRole.put(role, NetPromoterScore.of(NetPromoterScore.countsOf(
                    responses.stream().filter(r -> r.role() == role).map(Response::recommendation).toList())));
        }
        return new RoundRecommendations(
                NetPromoterScore.of(NetPromoterScore.countsOf(responses.stream().map(Response::recommendation).toList())),
                byRole);
    }

    NetPromoterScore role(RespondentRole role) {
        return byRole.get(role);
    }
}
