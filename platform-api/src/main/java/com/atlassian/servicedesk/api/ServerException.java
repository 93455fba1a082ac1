package com.atlassian.servicedesk.api;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). Thrown by JSM when something went wrong inside JSM.
 * Source: https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/ServerException.html
 */
public class ServerException extends ServiceDeskServiceException {

    private static final long serialVersionUID = 1L;

    public ServerException(ExceptionMessage message) {
        super(message);
    }

    public ServerException(ExceptionMessage message, Throwable cause) {
        super(message, cause);
    }
}
