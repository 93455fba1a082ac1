package nl.xlascorecard.core.shared.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class SummaryTest {

    @Test
    void fiveScoresByHand() {
        // Scores 70, 80, 90, 60, 75:
        //   mean = 375 / 5 = 75
        //   deviations -5, 5, 15, -15, 0 -> squares 25 + 25 + 225 + 225 + 0 = 500
        //   variance = 500 / (5 - 1) = 125, sd = sqrt(125) = 11.180340
        //   standard error = sqrt(125 / 5) = 5
        //   t(0.975, 4) = 2.776445 -> half width = 13.882226
        //   CI = [61.117774, 88.882226]
        Summary s = Summary.of(70, 80, 90, 60, 75);
        assertThat(s.n()).isEqualTo(5);
        assertThat(s.mean()).isEqualTo(75.0);
        assertThat(s.variance()).isCloseTo(125.0, within(1e-12));
        assertThat(s.sd()).isCloseTo(11.180340, within(1e-6));
        assertThat(s.standardError()).isCloseTo(5.0, within(1e-12));
        Interval ci = s.confidenceInterval95();
        assertThat(ci.low()).isCloseTo(61.117774, within(1e-5));
        assertThat(ci.high()).isCloseTo(88.882226, within(1e-5));
    }

    @Test
    void twoScoresGiveTheWideIntervalOfOneDegreeOfFreedom() {
        // 40 and 60: mean 50, variance (100 + 100) / 1 = 200, se = sqrt(200 / 2) = 10,
        // t(0.975, 1) = 12.706205 -> CI = 50 -+ 127.06205
        Summary s = Summary.of(List.of(40, 60));
        Interval ci = s.confidenceInterval95();
        assertThat(ci.low()).isCloseTo(-77.06205, within(1e-4));
        assertThat(ci.high()).isCloseTo(177.06205, within(1e-4));
    }

    @Test
    void oneValueHasNoSpread() {
        Summary s = Summary.of(42);
        assertThat(s.mean()).isEqualTo(42.0);
        assertThat(s.hasSpread()).isFalse();
        assertThat(s.sd()).isNaN();
        assertThatThrownBy(s::confidenceInterval95).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void identicalValuesHaveAZeroWidthInterval() {
        Summary s = Summary.of(80, 80, 80);
        assertThat(s.sd()).isZero();
        assertThat(s.confidenceInterval95()).isEqualTo(new Interval(80, 80));
    }

    @Test
    void centredOnKeepsSpreadAndMovesInterval() {
        // Same spread as the five scores above (se = 5), centred on 70: 70 -+ 13.882226.
        Summary s = Summary.of(70, 80, 90, 60, 75).centredOn(70);
        assertThat(s.mean()).isEqualTo(70.0);
        assertThat(s.confidenceInterval95().low()).isCloseTo(56.117774, within(1e-5));
        assertThat(s.confidenceInterval95().high()).isCloseTo(83.882226, within(1e-5));
    }

    @Test
    void emptySampleIsRejected() {
        assertThatThrownBy(Summary::of).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Summary.of(List.<Integer>of())).isInstanceOf(IllegalArgumentException.class);
    }
}
