package com.atlassian.plugin.web;

import java.util.Map;

import com.atlassian.plugin.PluginParseException;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). Adds entries to the render context of a
 * web fragment (web panel, web item) before its template is rendered. {@code init} is called once
 * after the instance is built, with the {@code <param>}s of the {@code <context-provider>} element;
 * the given context is read-only.
 * Source: https://docs.atlassian.com/atlassian-plugins-parent/latest/apidocs/com/atlassian/plugin/web/ContextProvider.html
 */
public interface ContextProvider {

    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
