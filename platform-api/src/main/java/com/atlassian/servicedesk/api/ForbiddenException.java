package com.atlassian.servicedesk.api;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). Thrown by JSM when the user may not perform the operation.
 * Source: https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/ForbiddenException.html
 */
public class ForbiddenException extends ServiceDeskServiceException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(ExceptionMessage message) {
        super(message);
    }

    public ForbiddenException(ExceptionMessage message, Throwable cause) {
        super(message, cause);
    }
}
