package com.atlassian.servicedesk.api;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). Thrown by JSM when the user is not authorised to perform the operation.
 * Source: https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/AuthorizationException.html
 */
public class AuthorizationException extends ServiceDeskServiceException {

    private static final long serialVersionUID = 1L;

    public AuthorizationException(ExceptionMessage message) {
        super(message);
    }

    public AuthorizationException(ExceptionMessage message, Throwable cause) {
        super(message, cause);
    }
}
