package nl.xlascorecard.plugin.rest.error;

import java.util.Locale;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import nl.xlascorecard.plugin.i18n.Messages;

/**
 * What JAX-RS itself rejects (no such path 404, method 405, {@code Accept} 406, content type 415...)
 * keeps its status but gets the app's error shape, so clients parse one kind of error body. Server
 * errors are handed to {@link UnexpectedExceptionMapper}'s logging so no detail leaks.
 */
@Provider
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private final ErrorResponder responder;
    private final UnexpectedExceptionMapper serverErrors;

    @Context
    private HttpHeaders headers;

    @Inject
    public WebApplicationExceptionMapper(Function<Locale, Messages> messages) {
        this.responder = new ErrorResponder(messages);
        this.serverErrors = new UnexpectedExceptionMapper(messages);
    }

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        if (status < 400) {
            return original;
        }
        if (status >= 500) {
            return serverErrors.answer(exception, responder.messages(headers));
        }
        String text = responder.messages(headers).text(messageKey(status));
        Response.ResponseBuilder answer = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBody.message(text));
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            answer.header(HttpHeaders.ALLOW, allow);
        }
        return answer.build();
    }

    private static String messageKey(int status) {
        return switch (status) {
            case 401 -> "xla.error.request.unauthenticated";
            case 403 -> "xla.error.request.forbidden";
            case 404 -> "xla.error.request.notfound";
            case 405 -> "xla.error.request.method";
            case 406 -> "xla.error.request.notacceptable";
            case 413 -> "xla.error.request.toolarge.generic";
            case 415 -> "xla.error.request.mediatype";
            default -> "xla.error.request.invalid";
        };
    }
}
