package nl.xlascorecard.core.scorecard.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.scorecard.domain.Category;
import nl.xlascorecard.core.scorecard.domain.DefaultTemplate;
import nl.xlascorecard.core.scorecard.domain.RespondentRole;
import nl.xlascorecard.core.scorecard.domain.Response;
import nl.xlascorecard.core.testing.CoreFixture;

class RoundScoresTest {

    private static Response response(int rel, int ass) {
        return new Response(0, 1, RespondentRole.END_USER, null, null, Map.of("REL_1", rel, "ASS_1", ass),
                Map.of(), null, CoreFixture.NOW);
    }

    /** The overall needs the category summaries; asked first, it must fill the cache without tripping over it. */
    @Test
    void overallCanBeAskedBeforeAnyCategory() {
        RoundScores scores = RoundScores.of(DefaultTemplate.asVersion1(CoreFixture.NOW),
                List.of(response(60, 80), response(70, 90)));
        // categories REL (60, 70) -> 65 and ASS (80, 90) -> 85: overall (65 + 85) / 2 = 75
        assertThat(scores.overall(EnumSet.allOf(Category.class))).hasValueSatisfying(s -> assertThat(s.mean()).isCloseTo(75, within(1e-9)));
        assertThat(scores.overall(EnumSet.allOf(Category.class))).hasValueSatisfying(s -> assertThat(s.n()).isEqualTo(2));
    }
}
