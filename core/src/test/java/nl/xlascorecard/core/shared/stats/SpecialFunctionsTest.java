package nl.xlascorecard.core.shared.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpecialFunctionsTest {

    @Test
    void logGammaOfKnownValues() {
        // Gamma(5) = 4! = 24; Gamma(1/2) = sqrt(pi); Gamma(1) = 1; Gamma(0.25) = 3.625609908...
        assertThat(SpecialFunctions.logGamma(5)).isCloseTo(Math.log(24), within(1e-13));
        assertThat(SpecialFunctions.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-13));
        assertThat(SpecialFunctions.logGamma(1)).isCloseTo(0, within(1e-13));
        assertThat(SpecialFunctions.logGamma(0.25)).isCloseTo(Math.log(3.6256099082219083), within(1e-12));
        assertThat(SpecialFunctions.logGamma(101)).isCloseTo(363.73937555556347, within(1e-9));
    }

    @Test
    void incompleteBetaOfClosedForms() {
        // I_x(1, 1) = x; I_x(a, 1) = x^a; I_x(1, b) = 1 - (1 - x)^b; I_{1/2}(a, a) = 1/2.
        assertThat(SpecialFunctions.regularizedIncompleteBeta(1, 1, 0.3)).isCloseTo(0.3, within(1e-14));
        assertThat(SpecialFunctions.regularizedIncompleteBeta(3, 1, 0.6)).isCloseTo(0.216, within(1e-14));
        assertThat(SpecialFunctions.regularizedIncompleteBeta(1, 4, 0.2)).isCloseTo(1 - Math.pow(0.8, 4), within(1e-14));
        assertThat(SpecialFunctions.regularizedIncompleteBeta(250, 250, 0.5)).isCloseTo(0.5, within(1e-12));
        assertThat(SpecialFunctions.regularizedIncompleteBeta(2, 3, 0)).isZero();
        assertThat(SpecialFunctions.regularizedIncompleteBeta(2, 3, 1)).isEqualTo(1.0);
    }
}
