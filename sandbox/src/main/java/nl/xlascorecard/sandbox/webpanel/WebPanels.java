package nl.xlascorecard.sandbox.webpanel;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.atlassian.templaterenderer.TemplateRenderer;

import nl.xlascorecard.plugin.i18n.Messages;
import nl.xlascorecard.sandbox.descriptor.PluginDescriptor;
import nl.xlascorecard.sandbox.descriptor.WebPanelModule;
import nl.xlascorecard.sandbox.wiring.Components;

/**
 * The plugin's {@code <web-panel>} modules, rendered as Jira renders them: at start every panel's
 * context provider and conditions are built by constructor injection (a missing component fails the
 * start, as for servlets) and given the module's params through {@code init(Map)}; per page, the
 * panels of a location whose conditions hold are rendered by ascending weight, each with the
 * location's context plus what its provider's {@code getContextMap(Map)} adds, through the
 * sandbox's Velocity renderer (escaping and allowlist included).
 *
 * <p>Conditions of Jira itself ({@code com.atlassian.*} classes, which the sandbox does not have)
 * are taken as met: the sandbox shows its pages only to users Jira would show them to. A panel that
 * fails to render is logged and shown as failed; the other panels still render, as in Jira.
 */
public final class WebPanels {

    private static final Logger LOG = LoggerFactory.getLogger(WebPanels.class);

    private record Panel(WebPanelModule module, PluginCallable provider, List<PluginCallable> conditions) {
    }

    private final List<Panel> panels;
    private final TemplateRenderer renderer;
    private final Function<Locale, Messages> messages;

    private WebPanels(List<Panel> panels, TemplateRenderer renderer, Function<Locale, Messages> messages) {
        this.panels = List.copyOf(panels);
        this.renderer = renderer;
        this.messages = messages;
    }

    /** Builds every web panel of the descriptor with the host's components. */
    public static WebPanels load(PluginDescriptor descriptor, ClassLoader loader, Components components,
                                 TemplateRenderer renderer, Function<Locale, Messages> messages) {
        List<Panel> panels = new ArrayList<>();
        for (WebPanelModule module : descriptor.webPanels()) {
            if (module.template() == null) {
                throw new IllegalStateException("web-panel " + module.key() + " has no velocity resource; the sandbox renders"
                        + " only template panels");
            }
            PluginCallable provider = null;
            if (module.contextProvider() != null) {
                provider = new PluginCallable(components.create(load(loader, module.contextProvider())));
                provider.callIfPresent("init", module.params());
            }
            List<PluginCallable> conditions = new ArrayList<>();
            for (String condition : module.conditions()) {
                if (condition.startsWith("com.atlassian.")) {
                    continue;
                }
                PluginCallable built = new PluginCallable(components.create(load(loader, condition)));
                built.callIfPresent("init", module.params());
                conditions.add(built);
            }
            panels.add(new Panel(module, provider, conditions));
        }
        return new WebPanels(panels, renderer, messages);
    }

    private static Class<?> load(ClassLoader loader, String className) {
        try {
            return Class.forName(className, true, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The descriptor names " + className + ", which is not on the class path", e);
        }
    }

    /**
     * The panels of {@code location} that show for {@code context}, by ascending weight (the
     * descriptor lists them in that order).
     *
     * @param context what the location offers (see docs/sandbox.md, "Web panels"); not changed
     */
    public List<RenderedPanel> render(String location, Map<String, Object> context, Locale locale) {
        List<RenderedPanel> rendered = new ArrayList<>();
        for (Panel panel : panels) {
            if (!panel.module().location().equals(location)) {
                continue;
            }
            RenderedPanel one = render(panel, context, locale);
            if (one != null) {
                rendered.add(one);
            }
        }
        return rendered;
    }

    private RenderedPanel render(Panel panel, Map<String, Object> context, Locale locale) {
        WebPanelModule module = panel.module();
        String label = module.labelKey() == null ? null : messages.apply(locale).text(module.labelKey());
        try {
            Map<String, Object> panelContext = new HashMap<>(context);
            for (PluginCallable condition : panel.conditions()) {
                if (!Boolean.TRUE.equals(condition.call("shouldDisplay", panelContext))) {
                    return null;
                }
            }
            if (panel.provider() != null) {
                Object provided = panel.provider().call("getContextMap", panelContext);
                if (provided instanceof Map<?, ?> map) {
                    map.forEach((k, v) -> panelContext.put(String.valueOf(k), v));
                }
            }
            StringWriter html = new StringWriter();
            renderer.render(module.template(), panelContext, html);
            return new RenderedPanel(module.key(), label, html.toString());
        } catch (RuntimeException | IOException e) {
            LOG.error("Web panel {} failed to render", module.key(), e);
            return new RenderedPanel(module.key(), label, null);
        }
    }
}
