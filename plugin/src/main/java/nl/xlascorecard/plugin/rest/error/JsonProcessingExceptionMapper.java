package nl.xlascorecard.plugin.rest.error;

import java.util.Locale;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonProcessingException;

import nl.xlascorecard.plugin.i18n.Messages;

/**
 * A body Jackson could not read. The app's resources parse bodies themselves
 * ({@code rest.input.JsonBody}), so this is the safety net for any JSON a JAX-RS provider reads:
 * 400 with a generic text, never Jackson's message (it quotes the input and names classes).
 */
@Provider
public final class JsonProcessingExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    private final ErrorResponder responder;

    @Context
    private HttpHeaders headers;

    @Inject
    public JsonProcessingExceptionMapper(Function<Locale, Messages> messages) {
        this.responder = new ErrorResponder(messages);
    }

    @Override
    public Response toResponse(JsonProcessingException exception) {
        String text = responder.messages(headers).text("xla.error.json.malformed");
        return ErrorResponder.response(400, ErrorBody.message(text));
    }
}
