package com.atlassian.servicedesk.api;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). The key and translated text carried by
 * a {@link ServiceDeskServiceException}.
 * Source: https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/ExceptionMessage.html
 */
public class ExceptionMessage {

    private final String key;
    private final String message;

    public ExceptionMessage(String key, String message) {
        this.key = key;
        this.message = message;
    }

    public String getKey() {
        return key;
    }

    public String getMessage() {
        return message;
    }
}
