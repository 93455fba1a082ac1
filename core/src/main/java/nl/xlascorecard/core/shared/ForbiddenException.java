package nl.xlascorecard.core.shared;

/**
 * The caller may see the item but not do this to it (e.g. an agent planning a round, a service
 * manager editing the template). Maps to HTTP 403.
 */
public final class ForbiddenException extends DomainException {

    private static final long serialVersionUID = 1L;
    private final String messageKey;

    public ForbiddenException(String messageKey, String logMessage) {
        super(logMessage);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
