package nl.xlascorecard.core.shared.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StudentTTest {

    @ParameterizedTest(name = "t(0.975, df={0}) = {1}")
    @CsvSource({
        // Two-sided 95% critical values from a printed t-table (6 significant digits or better).
        "1, 12.7062",
        "2, 4.30265",
        "3, 3.18245",
        "4, 2.77645",
        "5, 2.57058",
        "6, 2.44691",
        "9, 2.26216",
        "10, 2.22814",
        "15, 2.13145",
        "20, 2.08596",
        "30, 2.04227",
        "60, 2.00030",
        "100, 1.98397",
        "1000, 1.96234",
    })
    void criticalValueMatchesTable(int df, double expected) {
        assertThat(StudentT.criticalValue95(df)).isCloseTo(expected, within(1e-4));
    }

    @ParameterizedTest(name = "quantile({0}, df={1}) = {2}")
    @CsvSource({
        "0.95, 10, 1.81246",
        "0.995, 5, 4.03214",
        "0.90, 1, 3.07768",
        "0.025, 4, -2.77645",
        "0.9995, 2, 31.5991",
    })
    void otherQuantilesMatchTable(double p, double df, double expected) {
        assertThat(StudentT.quantile(p, df)).isCloseTo(expected, within(1e-4));
    }

    @Test
    void largeDfApproachesNormal() {
        // z_{0.975} = 1.959964
        assertThat(StudentT.criticalValue95(1_000_000)).isCloseTo(1.959964, within(1e-5));
    }

    @Test
    void cdfHasClosedFormsForOneAndTwoDegreesOfFreedom() {
        // df = 1 is the Cauchy distribution: F(t) = 1/2 + atan(t)/pi, so F(1) = 0.75.
        assertThat(StudentT.cdf(1, 1)).isCloseTo(0.75, within(1e-12));
        assertThat(StudentT.cdf(-1, 1)).isCloseTo(0.25, within(1e-12));
        // df = 2: F(t) = 1/2 + t / (2 sqrt(2 + t^2)); F(2) = 0.5 + 2 / (2 sqrt 6) = 0.908248.
        assertThat(StudentT.cdf(2, 2)).isCloseTo(0.5 + 1 / Math.sqrt(6), within(1e-12));
        assertThat(StudentT.cdf(0, 7.3)).isEqualTo(0.5);
    }

    @Test
    void quantileInvertsCdfForNonIntegerDf() {
        double t = StudentT.quantile(0.975, 7.2);
        assertThat(StudentT.cdf(t, 7.2)).isCloseTo(0.975, within(1e-12));
        // Between the table values for df 7 (2.3646) and df 8 (2.3060).
        assertThat(t).isBetween(2.3060, 2.3646);
    }

    @Test
    void densityOfOneDegreeIsCauchy() {
        // Cauchy density at 0 is 1/pi.
        assertThat(StudentT.density(0, 1)).isCloseTo(1 / Math.PI, within(1e-12));
    }

    @Test
    void twoSidedPValueOfCriticalValueIsFivePercent() {
        assertThat(StudentT.twoSidedPValue(2.7764451, 4)).isCloseTo(0.05, within(1e-7));
        assertThat(StudentT.twoSidedPValue(-2.7764451, 4)).isCloseTo(0.05, within(1e-7));
        assertThat(StudentT.twoSidedPValue(0, 4)).isEqualTo(1.0);
    }

    @Test
    void rejectsImpossibleArguments() {
        assertThatThrownBy(() -> StudentT.quantile(1.0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StudentT.quantile(0.0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StudentT.quantile(0.9, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StudentT.cdf(Double.NaN, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
