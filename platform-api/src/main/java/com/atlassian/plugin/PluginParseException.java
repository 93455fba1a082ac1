package com.atlassian.plugin;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). Thrown when a module's configuration in
 * the descriptor cannot be used; {@code init} methods of web fragments declare it.
 * Source: https://docs.atlassian.com/atlassian-plugins-parent/latest/apidocs/com/atlassian/plugin/PluginParseException.html
 */
public class PluginParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PluginParseException(String message) {
        super(message);
    }
}
