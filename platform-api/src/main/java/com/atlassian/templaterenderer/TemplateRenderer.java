package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). Atlassian Template Renderer API:
 * renders a template (Velocity in Jira) from the plugin's class path.
 * Source: https://docs.atlassian.com/atlassian-template-renderer/ (interface
 * {@code com.atlassian.templaterenderer.TemplateRenderer}).
 */
public interface TemplateRenderer {

    void render(String templateName, Writer writer) throws RenderingException, IOException;

    void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException;

    String renderFragment(String fragment, Map<String, Object> context) throws RenderingException;

    boolean resolve(String templateName);
}
