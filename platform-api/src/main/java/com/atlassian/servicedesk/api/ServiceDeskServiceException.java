package com.atlassian.servicedesk.api;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). Base of every exception JSM's Java API
 * throws (since JSM 4.0 the services throw these instead of returning Fugue {@code Either}s).
 * Source: https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/ServiceDeskServiceException.html
 */
public abstract class ServiceDeskServiceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    protected ServiceDeskServiceException(ExceptionMessage message) {
        this(message, null);
    }

    protected ServiceDeskServiceException(ExceptionMessage message, Throwable cause) {
        super(message.getMessage(), cause);
        this.messageKey = message.getKey();
    }

    public String getMessageKey() {
        return messageKey;
    }
}
