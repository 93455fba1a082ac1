package nl.xlascorecard.plugin.rest.error;

import java.util.Locale;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import nl.xlascorecard.plugin.i18n.Messages;

/** 401 / 400 / 413 for requests the REST layer turns away itself. */
@Provider
public final class RequestRejectedExceptionMapper implements ExceptionMapper<RequestRejectedException> {

    private final ErrorResponder responder;

    @Context
    private HttpHeaders headers;

    @Inject
    public RequestRejectedExceptionMapper(Function<Locale, Messages> messages) {
        this.responder = new ErrorResponder(messages);
    }

    @Override
    public Response toResponse(RequestRejectedException e) {
        String text = responder.messages(headers).text(e.messageKey(), e.args().toArray());
        return ErrorResponder.response(e.status(), ErrorBody.message(text));
    }
}
