package nl.xlascorecard.core.shared;

/**
 * Base of the core's expected failures. Each subtype maps to one HTTP status in the REST layer;
 * the message is for logs only and is never shown to users.
 */
public abstract sealed class DomainException extends RuntimeException
        permits ValidationException, NotFoundException, ForbiddenException, ConflictException {

    private static final long serialVersionUID = 1L;

    protected DomainException(String logMessage) {
        super(logMessage);
    }
}
