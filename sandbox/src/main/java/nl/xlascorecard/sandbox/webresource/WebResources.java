package nl.xlascorecard.sandbox.webresource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.xlascorecard.sandbox.descriptor.PluginDescriptor;
import nl.xlascorecard.sandbox.descriptor.WebResourceModule;

/**
 * The plugin's web resources: resolves requested modules and contexts to an ordered list (each
 * module after its dependencies, once), and builds their URLs under {@code /s/}. Dependencies on
 * AUI ({@code com.atlassian.auiplugin:*}) are satisfied by the AUI the decorator always includes.
 */
public final class WebResources {

    public static final String PATH = "/s";
    private static final String AUI_PLUGIN = "com.atlassian.auiplugin:";
    private static final Logger LOG = LoggerFactory.getLogger(WebResources.class);

    private final PluginDescriptor descriptor;

    public WebResources(PluginDescriptor descriptor) {
        this.descriptor = descriptor;
    }

    public PluginDescriptor descriptor() {
        return descriptor;
    }

    /** The modules to include for these complete keys and contexts, dependencies first. */
    public List<WebResourceModule> resolve(Collection<String> completeKeys, Collection<String> contexts) {
        Set<WebResourceModule> ordered = new LinkedHashSet<>();
        List<String> requested = new ArrayList<>(completeKeys);
        for (String context : contexts) {
            descriptor.webResources().stream().filter(w -> w.contexts().contains(context))
                    .forEach(w -> requested.add(descriptor.pluginKey() + ":" + w.key()));
        }
        for (String key : requested) {
            add(key, ordered, new LinkedHashSet<>());
        }
        return List.copyOf(ordered);
    }

    private void add(String completeKey, Set<WebResourceModule> ordered, Set<String> visiting) {
        if (completeKey.startsWith(AUI_PLUGIN)) {
            return;
        }
        Optional<WebResourceModule> module = descriptor.webResource(completeKey);
        if (module.isEmpty()) {
            if (completeKey.startsWith(descriptor.pluginKey() + ":")) {
                throw new IllegalStateException("Web resource " + completeKey + " is not in atlassian-plugin.xml");
            }
            LOG.warn("Web resource {} belongs to another plugin; the sandbox does not have it", completeKey);
            return;
        }
        if (!visiting.add(completeKey)) {
            throw new IllegalStateException("Web resources depend on each other in a circle: " + visiting);
        }
        for (String dependency : module.get().dependencies()) {
            add(dependency, ordered, visiting);
        }
        visiting.remove(completeKey);
        ordered.add(module.get());
    }

    /** The URL of one file, with the language in it, since jsI18n makes JS differ per language. */
    public String url(String contextPath, Locale locale, WebResourceModule module, WebResourceModule.Resource resource) {
        return contextPath + PATH + "/" + locale.getLanguage() + "/" + descriptor.pluginKey() + ":" + module.key() + "/" + resource.name();
    }

    /** Script and style tags for the modules, styles first. */
    public String tags(String contextPath, Locale locale, List<WebResourceModule> modules) {
        StringBuilder styles = new StringBuilder();
        StringBuilder scripts = new StringBuilder();
        for (WebResourceModule module : modules) {
            for (WebResourceModule.Resource resource : module.resources()) {
                String url = nl.xlascorecard.sandbox.web.Html.escape(url(contextPath, locale, module, resource));
                if (resource.isStyleSheet()) {
                    styles.append("<link rel=\"stylesheet\" href=\"").append(url).append("\" data-wrm-key=\"")
                            .append(module.key()).append("\">\n");
                } else if (resource.isJavaScript()) {
                    scripts.append("<script src=\"").append(url).append("\" data-wrm-key=\"").append(module.key()).append("\"></script>\n");
                }
            }
        }
        return styles.append(scripts).toString();
    }
}
