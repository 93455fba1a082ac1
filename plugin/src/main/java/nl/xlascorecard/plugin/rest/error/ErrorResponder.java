package nl.xlascorecard.plugin.rest.error;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import nl.xlascorecard.plugin.i18n.Messages;

/** Builds error responses in Jira's shape, with texts in the language the request asked for. */
public final class ErrorResponder {

    private final Function<Locale, Messages> messages;

    public ErrorResponder(Function<Locale, Messages> messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** Messages for the request behind {@code headers}; English when there is no request to ask. */
    public Messages messages(HttpHeaders headers) {
        return messages(acceptableLanguages(headers));
    }

    public Messages messages(List<Locale> acceptableLanguages) {
        return messages.apply(RequestLanguage.of(acceptableLanguages));
    }

    public static Response response(int status, ErrorBody body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    private static List<Locale> acceptableLanguages(HttpHeaders headers) {
        if (headers == null) {
            return List.of();
        }
        try {
            return headers.getAcceptableLanguages();
        } catch (RuntimeException outsideRequestOrBadHeader) {
            // A malformed Accept-Language must not turn an error answer into another error.
            return List.of();
        }
    }
}
