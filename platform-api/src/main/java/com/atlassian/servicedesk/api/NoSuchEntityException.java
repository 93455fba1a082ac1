package com.atlassian.servicedesk.api;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). Thrown by JSM when an entity needed for the operation does not exist.
 * Source: https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/NoSuchEntityException.html
 */
public class NoSuchEntityException extends ServiceDeskServiceException {

    private static final long serialVersionUID = 1L;

    public NoSuchEntityException(ExceptionMessage message) {
        super(message);
    }

    public NoSuchEntityException(ExceptionMessage message, Throwable cause) {
        super(message, cause);
    }
}
