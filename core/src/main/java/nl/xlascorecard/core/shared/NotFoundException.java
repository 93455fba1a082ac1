package nl.xlascorecard.core.shared;

/**
 * The item does not exist, or the caller may not see it: both look the same (spec section 1), so
 * nobody can probe which organisations or rounds exist. Maps to HTTP 404.
 */
public final class NotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;
    private final String messageKey;

    public NotFoundException(String messageKey, String logMessage) {
        super(logMessage);
        this.messageKey = messageKey;
    }

    /** i18n key, e.g. {@code xla.error.organisation.notfound}. */
    public String messageKey() {
        return messageKey;
    }
}
