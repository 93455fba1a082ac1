package com.atlassian.templaterenderer;

/**
 * DECLARATION ONLY. Thrown when a template cannot be rendered.
 * Source: https://docs.atlassian.com/atlassian-template-renderer/ ({@code RenderingException}).
 */
public class RenderingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RenderingException(String message) {
        super(message);
    }

    public RenderingException(Throwable cause) {
        super(cause);
    }

    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
