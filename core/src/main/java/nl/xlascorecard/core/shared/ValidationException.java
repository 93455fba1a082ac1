package nl.xlascorecard.core.shared;

import java.util.List;

/** Input that breaks a rule of the domain; nothing has been written. Maps to HTTP 400. */
public final class ValidationException extends DomainException {

    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super("invalid input: " + errors.stream().map(FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String field, String messageKey, String... args) {
        return new ValidationException(List.of(new FieldError(field, messageKey, args)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
