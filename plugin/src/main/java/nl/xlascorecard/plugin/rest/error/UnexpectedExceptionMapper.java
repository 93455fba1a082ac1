package nl.xlascorecard.plugin.rest.error;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.xlascorecard.plugin.i18n.Messages;

/**
 * Last resort: anything no other mapper claims is a bug or an outage. The client gets 500 with a
 * generic text and a short error id; the log gets the same id with the stack trace, so support can
 * find the cause without the response revealing internals.
 */
@Provider
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    private final ErrorResponder responder;

    @Context
    private HttpHeaders headers;

    @Inject
    public UnexpectedExceptionMapper(Function<Locale, Messages> messages) {
        this.responder = new ErrorResponder(messages);
    }

    @Override
    public Response toResponse(Throwable exception) {
        return answer(exception, responder.messages(headers));
    }

    Response answer(Throwable exception, Messages messages) {
        String errorId = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("XLA Scorecard REST request failed, error id {}", errorId, exception);
        return ErrorResponder.response(500, ErrorBody.message(messages.text("xla.error.internal", errorId)));
    }
}
