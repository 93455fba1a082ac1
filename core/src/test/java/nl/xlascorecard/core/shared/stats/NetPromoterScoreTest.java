package nl.xlascorecard.core.shared.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * NPS, mean grade and the adjusted-Wald interval against values worked out by hand. In every
 * interval below: nA = n + 3, pP = (P + 0.75) / nA, pD = (D + 0.75) / nA, d = pP - pD,
 * var = (pP + pD - d^2) / nA, half width h = 1.96 * sqrt(var), interval = 100 * (d -+ h) clamped to
 * [-100, 100].
 */
class NetPromoterScoreTest {

    private static final double EXACT = 1e-9;
    private static final double HAND = 1e-6;

    /** counts[answer] for the given answers. */
    private static long[] counts(int... answers) {
        return NetPromoterScore.countsOf(Arrays.stream(answers).boxed().toList());
    }

    @Test
    void tenAnswersWithSixPromotersAndOneDetractor() {
        // answers 5, 7, 8, 8, 9, 9, 9, 10, 10, 10: P = 6, passives = 3, D = 1, n = 10
        // NPS = 60% - 10% = 50; mean = (5 + 7 + 16 + 27 + 30) / 10 = 85 / 10 = 8.5
        // nA = 13, pP = 6.75 / 13 = 0.519231, pD = 1.75 / 13 = 0.134615, d = 0.384615
        // var = (0.653846 - 0.147929) / 13 = 0.0389167, sqrt = 0.197273, h = 0.386655
        // interval = 100 * (0.384615 -+ 0.386655) = -0.204003 .. 77.127080 (anchors: "about 0 to +77")
        NetPromoterScore nps = NetPromoterScore.of(counts(5, 7, 8, 8, 9, 9, 9, 10, 10, 10));

        assertThat(nps.n()).isEqualTo(10);
        assertThat(nps.promoters()).isEqualTo(6);
        assertThat(nps.passives()).isEqualTo(3);
        assertThat(nps.detractors()).isEqualTo(1);
        assertThat(nps.score()).isCloseTo(50.0, within(EXACT));
        assertThat(nps.meanGrade()).isCloseTo(8.5, within(EXACT));
        assertThat(nps.interval().low()).isCloseTo(-0.204003, within(HAND));
        assertThat(nps.interval().high()).isCloseTo(77.127080, within(HAND));
    }

    @Test
    void allPassivesGiveZeroWithASymmetricInterval() {
        // answers 7, 7, 8, 8: P = 0, D = 0, n = 4; NPS = 0 - 0 = 0; mean = 30 / 4 = 7.5
        // nA = 7, pP = pD = 0.75 / 7 = 0.107143, d = 0, var = 0.214286 / 7 = 0.0306122
        // sqrt = 0.174964, h = 0.342929 -> -34.292856 .. 34.292856
        NetPromoterScore nps = NetPromoterScore.of(counts(7, 7, 8, 8));

        assertThat(nps.passives()).isEqualTo(4);
        assertThat(nps.score()).isCloseTo(0.0, within(EXACT));
        assertThat(nps.meanGrade()).isCloseTo(7.5, within(EXACT));
        assertThat(nps.interval().low()).isCloseTo(-34.292856, within(HAND));
        assertThat(nps.interval().high()).isCloseTo(34.292856, within(HAND));
    }

    @Test
    void allPromotersGiveHundredAndTheUpperBoundIsClamped() {
        // five answers of 10: P = 5, n = 5; NPS = 100; mean = 10
        // nA = 8, pP = 5.75 / 8 = 0.71875, pD = 0.75 / 8 = 0.09375, d = 0.625
        // var = (0.8125 - 0.390625) / 8 = 0.0527344, sqrt = 0.229640, h = 0.450094
        // interval = 17.490626 .. 107.509374, upper bound clamped to 100
        NetPromoterScore nps = NetPromoterScore.of(counts(10, 10, 10, 10, 10));

        assertThat(nps.score()).isCloseTo(100.0, within(EXACT));
        assertThat(nps.meanGrade()).isCloseTo(10.0, within(EXACT));
        assertThat(nps.interval().low()).isCloseTo(17.490626, within(HAND));
        assertThat(nps.interval().high()).isEqualTo(100.0);
    }

    @Test
    void allDetractorsGiveMinusHundredAndTheLowerBoundIsClamped() {
        // three answers of 0: D = 3, n = 3; NPS = -100; mean = 0
        // nA = 6, pP = 0.125, pD = 3.75 / 6 = 0.625, d = -0.5, var = (0.75 - 0.25) / 6 = 0.0833333
        // sqrt = 0.288675, h = 0.565803 -> -106.580326 .. 6.580326, lower bound clamped to -100
        NetPromoterScore nps = NetPromoterScore.of(counts(0, 0, 0));

        assertThat(nps.score()).isCloseTo(-100.0, within(EXACT));
        assertThat(nps.meanGrade()).isCloseTo(0.0, within(EXACT));
        assertThat(nps.interval().low()).isEqualTo(-100.0);
        assertThat(nps.interval().high()).isCloseTo(6.580326, within(HAND));
    }

    @Test
    void oneAnswerHasAWideInterval() {
        // one answer of 9: P = 1, n = 1; NPS = 100; mean = 9
        // nA = 4, pP = 1.75 / 4 = 0.4375, pD = 0.75 / 4 = 0.1875, d = 0.25
        // var = (0.625 - 0.0625) / 4 = 0.140625, sqrt = 0.375, h = 0.735 -> -48.5 .. 98.5
        NetPromoterScore nps = NetPromoterScore.of(counts(9));

        assertThat(nps.n()).isEqualTo(1);
        assertThat(nps.score()).isCloseTo(100.0, within(EXACT));
        assertThat(nps.meanGrade()).isCloseTo(9.0, within(EXACT));
        assertThat(nps.interval().low()).isCloseTo(-48.5, within(HAND));
        assertThat(nps.interval().high()).isCloseTo(98.5, within(HAND));
    }

    @Test
    void noAnswerIsEmptyWithNaNFiguresAndNoInterval() {
        NetPromoterScore nps = NetPromoterScore.of(new long[NetPromoterScore.ANSWERS]);

        assertThat(nps.isEmpty()).isTrue();
        assertThat(nps.n()).isZero();
        assertThat(nps.score()).isNaN();
        assertThat(nps.meanGrade()).isNaN();
        assertThat(nps.interval()).isNull();
        assertThat(NetPromoterScore.empty()).isEqualTo(nps);
    }

    @Test
    void publishedExamplesOfTheAnchorsAreReproduced() {
        // n = 20 with 12 P, 3 D: nA = 23, pP = 12.75 / 23 = 0.554348, pD = 3.75 / 23 = 0.163043,
        // d = 0.391304, var = (0.717391 - 0.153119) / 23 = 0.0245336, h = 1.96 * 0.156632 = 0.306999
        // -> 8.430568 .. 69.830301 (anchors: "about +8 to +70"); NPS = 60 - 15 = 45
        NetPromoterScore twenty = NetPromoterScore.of(new long[] {3, 0, 0, 0, 0, 0, 0, 0, 5, 0, 12});
        assertThat(twenty.score()).isCloseTo(45.0, within(EXACT));
        assertThat(twenty.interval().low()).isCloseTo(8.430568, within(HAND));
        assertThat(twenty.interval().high()).isCloseTo(69.830301, within(HAND));
        // n = 50 with 30 P, 8 D: nA = 53, pP = 30.75 / 53 = 0.580189, pD = 8.75 / 53 = 0.165094,
        // d = 0.415094, var = (0.745283 - 0.172303) / 53 = 0.0108109, h = 1.96 * 0.103976 = 0.203792
        // -> 21.130205 .. 61.888663 (anchors: "about +21 to +62"); NPS = 60 - 16 = 44
        NetPromoterScore fifty = NetPromoterScore.of(new long[] {0, 0, 0, 0, 0, 0, 8, 6, 6, 15, 15});
        assertThat(fifty.score()).isCloseTo(44.0, within(EXACT));
        assertThat(fifty.interval().low()).isCloseTo(21.130205, within(HAND));
        assertThat(fifty.interval().high()).isCloseTo(61.888663, within(HAND));
        // mean = (6 * 8 + 7 * 6 + 8 * 6 + 9 * 15 + 10 * 15) / 50 = (48 + 42 + 48 + 135 + 150) / 50 = 8.46
        assertThat(fifty.meanGrade()).isCloseTo(8.46, within(EXACT));
    }

    @Test
    void comparesTwoIndependentScoresWithTheAdjustedWaldDifference() {
        // A: n = 10, 6 P, 1 D -> dA = 0.384615, varA = 0.0389167 (see the first test)
        // B: n = 10, 1 P, 6 D -> dB = -0.384615, varB = 0.0389167 (mirror image)
        // z = (0.384615 + 0.384615) / sqrt(0.0778334) = 0.769231 / 0.278986 = 2.757 > 1.96: significant
        NetPromoterScore a = NetPromoterScore.of(new long[] {0, 0, 0, 0, 0, 1, 0, 1, 2, 3, 3});
        NetPromoterScore b = NetPromoterScore.of(new long[] {0, 0, 0, 0, 0, 3, 3, 1, 2, 1, 0});
        assertThat(a.differsSignificantlyFrom(b)).isTrue();
        assertThat(b.differsSignificantlyFrom(a)).isTrue();
        // C: n = 10, 3 P, 2 D -> nA = 13, pP = 3.75 / 13 = 0.288462, pD = 2.75 / 13 = 0.211538,
        // dC = 0.076923, varC = (0.5 - 0.005917) / 13 = 0.0380064
        // z = (0.384615 - 0.076923) / sqrt(0.0389167 + 0.0380064) = 0.307692 / 0.277350 = 1.109: not significant
        NetPromoterScore c = NetPromoterScore.of(new long[] {0, 0, 0, 0, 0, 2, 0, 5, 0, 3, 0});
        assertThat(c.score()).isCloseTo(10.0, within(EXACT));
        assertThat(a.differsSignificantlyFrom(c)).isFalse();
        assertThat(a.differsSignificantlyFrom(a)).isFalse();
        assertThat(a.differsSignificantlyFrom(NetPromoterScore.empty())).isFalse();
    }

    @Test
    void bandBoundariesAreSixSevenEightAndNine() {
        NetPromoterScore nps = NetPromoterScore.of(counts(6, 7, 8, 9));

        assertThat(nps.detractors()).isEqualTo(1);
        assertThat(nps.passives()).isEqualTo(2);
        assertThat(nps.promoters()).isEqualTo(1);
    }

    @Test
    void countsOfSkipsUnansweredAndRejectsAnswersOutsideTheScale() {
        assertThat(NetPromoterScore.countsOf(Arrays.asList(null, 3, 3))[3]).isEqualTo(2);
        assertThatThrownBy(() -> NetPromoterScore.countsOf(List.of(11))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NetPromoterScore.countsOf(List.of(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsCountsOfTheWrongShape() {
        assertThatThrownBy(() -> NetPromoterScore.of(new long[10])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NetPromoterScore.of(null)).isInstanceOf(IllegalArgumentException.class);
        long[] negative = new long[NetPromoterScore.ANSWERS];
        negative[4] = -1;
        assertThatThrownBy(() -> NetPromoterScore.of(negative)).isInstanceOf(IllegalArgumentException.class);
    }
}
