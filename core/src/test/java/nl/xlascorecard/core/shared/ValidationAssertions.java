package nl.xlascorecard.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Test helper: the field errors a call is rejected with. */
public final class ValidationAssertions {

    private ValidationAssertions() {
    }

    public static List<FieldError> fieldErrors(ThrowingCallable call) {
        ValidationException e = catchThrowableOfType(ValidationException.class, call);
        assertThat(e).as("expected a ValidationException").isNotNull();
        return e.errors();
    }

    /** field -> message key pairs, in order, e.g. {@code "title=xla.error.field.tooLong"}. */
    public static List<String> fieldsAndKeys(ThrowingCallable call) {
        return fieldErrors(call).stream().map(e -> e.field() + "=" + e.messageKey()).toList();
    }
}
