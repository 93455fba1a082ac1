package nl.xlascorecard.core.shared.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WelchTestTest {

    private static final Summary A = Summary.of(70, 80, 90, 60, 75); // mean 75, variance 125

    @Test
    void significantDifferenceByHand() {
        // B = 50, 55, 60, 65, 70: mean 60, squares 100 + 25 + 0 + 25 + 100 = 250, variance 62.5
        //   delta = 75 - 60 = 15
        //   var(A)/n = 125 / 5 = 25, var(B)/n = 62.5 / 5 = 12.5, se^2 = 37.5, se = 6.123724
        //   t = 15 / 6.123724 = 2.449490
        //   df = 37.5^2 / (25^2 / 4 + 12.5^2 / 4) = 1406.25 / 195.3125 = 7.2
        //   t(0.975, 7.2) = 2.3514 < 2.4495 -> significant; p = 0.0432 (scipy's ttest_ind agrees)
        WelchTest.Result r = WelchTest.compare(A, Summary.of(50, 55, 60, 65, 70)).orElseThrow();
        assertThat(r.delta()).isCloseTo(15.0, within(1e-12));
        assertThat(r.t()).isCloseTo(2.449490, within(1e-6));
        assertThat(r.df()).isCloseTo(7.2, within(1e-12));
        assertThat(r.pValue()).isCloseTo(0.043206, within(1e-6));
        assertThat(r.significant()).isTrue();
    }

    @Test
    void nonSignificantDifferenceByHand() {
        // C = 62, 68, 74, 71, 65: mean 68, squares 36 + 0 + 36 + 9 + 9 = 90, variance 22.5
        //   delta = 75 - 68 = 7; se^2 = 25 + 4.5 = 29.5; t = 7 / 5.431390 = 1.288804
        //   df = 29.5^2 / (25^2 / 4 + 4.5^2 / 4) = 870.25 / 161.3125 = 5.394808
        //   t(0.975, 5.39) is about 2.52 > 1.29 -> not significant; p = 0.24997
        WelchTest.Result r = WelchTest.compare(A, Summary.of(62, 68, 74, 71, 65)).orElseThrow();
        assertThat(r.delta()).isCloseTo(7.0, within(1e-12));
        assertThat(r.t()).isCloseTo(1.288804, within(1e-6));
        assertThat(r.df()).isCloseTo(5.394808, within(1e-6));
        assertThat(r.pValue()).isCloseTo(0.249966, within(1e-5));
        assertThat(r.significant()).isFalse();
    }

    @Test
    void directionOfDeltaFollowsArgumentOrder() {
        WelchTest.Result r = WelchTest.compare(Summary.of(50, 55, 60, 65, 70), A).orElseThrow();
        assertThat(r.delta()).isCloseTo(-15.0, within(1e-12));
        assertThat(r.t()).isNegative();
        assertThat(r.significant()).isTrue();
    }

    @Test
    void noTestWithoutSpread() {
        assertThat(WelchTest.compare(A, Summary.of(50))).isEmpty();
        assertThat(WelchTest.compare(Summary.of(50), A)).isEmpty();
    }

    @Test
    void unanimousGroupsDifferCertainlyOrNotAtAll() {
        assertThat(WelchTest.compare(Summary.of(80, 80, 80), Summary.of(70, 70)).orElseThrow().significant()).isTrue();
        WelchTest.Result same = WelchTest.compare(Summary.of(80, 80, 80), Summary.of(80, 80)).orElseThrow();
        assertThat(same.significant()).isFalse();
        assertThat(same.delta()).isZero();
    }

    @Test
    void oneUnanimousGroupUsesTheOthersDegreesOfFreedom() {
        // var(first)/n = 0, so df = (25)^2 / (25^2 / 4) = 4: the plain one-sample case.
        WelchTest.Result r = WelchTest.compare(A, Summary.of(75, 75, 75)).orElseThrow();
        assertThat(r.df()).isCloseTo(4.0, within(1e-12));
        assertThat(r.delta()).isZero();
    }
}
