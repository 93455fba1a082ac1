package nl.xlascorecard.core.shared;

import static nl.xlascorecard.core.shared.ValidationAssertions.fieldErrors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

class FieldErrorsTest {

    @Test
    void collectsEveryErrorAndThrowsOnce() {
        FieldErrors errors = new FieldErrors();
        assertThat(errors.required("a", "  ")).isFalse();
        assertThat(errors.required("b", null)).isFalse();
        assertThat(errors.required("c", "x")).isTrue();
        errors.maxLength("d", "abcdef", 5);
        errors.maxLength("e", "abcde", 5);
        errors.range("f", 0, 1, 100);
        errors.range("g", 100, 1, 100);

        assertThat(fieldErrors(errors::throwIfAny)).containsExactly(
                new FieldError("a", FieldErrors.REQUIRED),
                new FieldError("b", FieldErrors.REQUIRED),
                new FieldError("d", FieldErrors.TOO_LONG, "5"),
                new FieldError("f", FieldErrors.RANGE, "1", "100"));
    }

    @Test
    void noErrorsNoException() {
        assertThatCode(() -> new FieldErrors().throwIfAny()).doesNotThrowAnyException();
    }
}
