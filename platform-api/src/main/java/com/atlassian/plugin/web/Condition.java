package com.atlassian.plugin.web;

import java.util.Map;

import com.atlassian.plugin.PluginParseException;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). Decides whether a web fragment is shown
 * for the given render context. {@code init} receives the {@code <param>}s of the
 * {@code <condition>} element.
 * Source: https://docs.atlassian.com/atlassian-plugins-parent/latest/apidocs/com/atlassian/plugin/web/Condition.html
 */
public interface Condition {

    void init(Map<String, String> params) throws PluginParseException;

    boolean shouldDisplay(Map<String, Object> context);
}
