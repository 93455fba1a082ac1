package nl.xlascorecard.core.shared;

import java.util.List;

/**
 * The request is well-formed but clashes with the current state: a response to a round that is not
 * OPEN, a second BASELINE, a state change that was overtaken by another user. Maps to HTTP 409.
 *
 * @see #field() the input field the conflict is about, when there is one
 */
public final class ConflictException extends DomainException {

    private static final long serialVersionUID = 1L;
    public static final String STALE_VERSION_KEY = "xla.error.version.stale";
    private final String field;
    private final String messageKey;
    private final transient List<String> args;

    public ConflictException(String field, String messageKey, String logMessage, String... args) {
        super(logMessage);
        this.field = field;
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    /**
     * The stored item changed since the caller read it (optimistic locking): field {@code version},
     * key {@code xla.error.version.stale}. Repositories and services use this one factory so clients
     * see one consistent message.
     */
    public static ConflictException staleVersion(String logMessage) {
        return new ConflictException("version", STALE_VERSION_KEY, logMessage);
    }

    /** Field name or {@code null}. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> args() {
        return args;
    }
}
