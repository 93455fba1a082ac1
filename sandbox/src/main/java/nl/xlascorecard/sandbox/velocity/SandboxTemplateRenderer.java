package nl.xlascorecard.sandbox.velocity;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import java.util.Properties;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;

import nl.xlascorecard.plugin.i18n.BundleMessages;
import nl.xlascorecard.sandbox.auth.CurrentVisitor;
import nl.xlascorecard.sandbox.web.CurrentRequest;

/**
 * The sandbox's {@link TemplateRenderer}: Velocity 2 loading templates from the class path, set up
 * to behave as Jira's renderer does for a plugin: every reference HTML-escaped (see
 * {@link JiraHtmlEscaping}), only allowlisted methods callable (see {@link AllowlistUberspector}),
 * and Velocity 1.7 behaviour for white space and {@code #if} on empty strings, since Jira runs
 * templates on its Velocity 1.7 fork. The context gets {@code $i18n} (the plugin's texts in the
 * user's language) and, during a request, {@code $req} (the HTTP request), as Jira provides them.
 */
public final class SandboxTemplateRenderer implements TemplateRenderer {

    private final VelocityEngine engine;

    public SandboxTemplateRenderer(MethodAllowlist allowlist) {
        Properties properties = new Properties();
        properties.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        properties.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        properties.setProperty("resource.loader.classpath.cache", "true");
        properties.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspector.class.getName());
        properties.setProperty(RuntimeConstants.SPACE_GOBBLING, "bc");
        properties.setProperty(RuntimeConstants.CHECK_EMPTY_OBJECTS, "false");
        properties.setProperty(RuntimeConstants.RUNTIME_LOG_REFERENCE_LOG_INVALID, "false");
        properties.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        engine = new VelocityEngine();
        engine.setApplicationAttribute(AllowlistUberspector.ALLOWLIST, allowlist);
        engine.init(properties);
    }

    @Override
    public void render(String templateName, Writer writer) throws IOException {
        render(templateName, Map.of(), writer);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        Template template;
        try {
            template = engine.getTemplate(templateName, "UTF-8");
        } catch (ResourceNotFoundException e) {
            throw new RenderingException("Template not found: " + templateName, e);
        } catch (VelocityException e) {
            throw new RenderingException("Template " + templateName + " cannot be parsed: " + e.getMessage(), e);
        }
        // Render into a buffer first: a failure half-way must not leave half a page in the response.
        StringWriter buffer = new StringWriter();
        try {
            template.merge(context(context), buffer);
        } catch (VelocityException e) {
            throw new RenderingException("Rendering " + templateName + " failed: " + e.getMessage(), e);
        }
        writer.write(buffer.toString());
        writer.flush();
    }

    @Override
    public String renderFragment(String fragment, Map<String, Object> context) {
        StringWriter buffer = new StringWriter();
        try {
            engine.evaluate(context(context), buffer, "fragment", fragment);
        } catch (VelocityException e) {
            throw new RenderingException("Rendering a fragment failed: " + e.getMessage(), e);
        }
        return buffer.toString();
    }

    @Override
    public boolean resolve(String templateName) {
        return engine.resourceExists(templateName);
    }

    private static VelocityContext context(Map<String, Object> values) {
        VelocityContext context = new VelocityContext();
        context.put("i18n", new TemplateI18n(new BundleMessages(CurrentVisitor.get().locale())));
        CurrentRequest.get().ifPresent(request -> context.put("req", request));
        values.forEach(context::put);
        EventCartridge events = new EventCartridge();
        events.addEventHandler(new JiraHtmlEscaping());
        events.attachToContext(context);
        return context;
    }
}
