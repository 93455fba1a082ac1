package nl.xlascorecard.plugin.rest.error;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import nl.xlascorecard.core.shared.ConflictException;
import nl.xlascorecard.core.shared.DomainException;
import nl.xlascorecard.core.shared.FieldError;
import nl.xlascorecard.core.shared.ForbiddenException;
import nl.xlascorecard.core.shared.NotFoundException;
import nl.xlascorecard.core.shared.ValidationException;
import nl.xlascorecard.plugin.i18n.Messages;

/**
 * The core's expected failures, one status each: validation 400 (field by field), not found or
 * hidden 404, forbidden 403, conflict 409. The exception's own message is for logs and never
 * answered: the text comes from the i18n key it carries.
 */
@Provider
public final class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    private final ErrorResponder responder;

    @Context
    private HttpHeaders headers;

    @Inject
    public DomainExceptionMapper(Function<Locale, Messages> messages) {
        this.responder = new ErrorResponder(messages);
    }

    @Override
    public Response toResponse(DomainException exception) {
        Messages messages = responder.messages(headers);
        return switch (exception) {
            case ValidationException e -> ErrorResponder.response(400, validation(messages, e.errors()));
            case NotFoundException e -> ErrorResponder.response(404, ErrorBody.message(messages.text(e.messageKey())));
            case ForbiddenException e -> ErrorResponder.response(403, ErrorBody.message(messages.text(e.messageKey())));
            case ConflictException e -> ErrorResponder.response(409, conflict(messages, e));
        };
    }

    static ErrorBody validation(Messages messages, List<FieldError> fieldErrors) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (FieldError error : fieldErrors) {
            String text = messages.text(error.messageKey(), error.args().toArray());
            if (error.field() == null || error.field().isBlank()) {
                general.add(text);
            } else {
                // Two problems with one field are both worth reading.
                errors.merge(error.field(), text, (first, second) -> first + " " + second);
            }
        }
        return new ErrorBody(general, errors);
    }

    private static ErrorBody conflict(Messages messages, ConflictException e) {
        String text = messages.text(e.messageKey(), e.args().toArray());
        return e.field() == null ? ErrorBody.message(text) : ErrorBody.fields(Map.of(e.field(), text));
    }
}
