package nl.xlascorecard.plugin.rest.error;

import java.util.List;

/**
 * A request the REST layer itself turns away before any use case runs: nobody logged in (401), a
 * body that is not JSON (400), a body that is too large (413). Carries an i18n key, never text.
 */
public final class RequestRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String messageKey;
    private final transient List<String> args;

    public RequestRejectedException(int status, String messageKey, String... args) {
        super(messageKey, null, false, false);
        this.status = status;
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public static RequestRejectedException notLoggedIn() {
        return new RequestRejectedException(401, "xla.error.request.unauthenticated");
    }

    public static RequestRejectedException malformedJson() {
        return new RequestRejectedException(400, "xla.error.json.malformed");
    }

    public static RequestRejectedException notAnObject() {
        return new RequestRejectedException(400, "xla.error.json.notobject");
    }

    public static RequestRejectedException tooLarge(int maxKilobytes) {
        return new RequestRejectedException(413, "xla.error.request.toolarge", String.valueOf(maxKilobytes));
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> args() {
        return args;
    }
}
