package nl.xlascorecard.sandbox.descriptor;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The parts of the plugin's {@code atlassian-plugin.xml} the sandbox acts on, read the way Jira
 * reads them: web resources, servlets, the REST module, web panels, dashboard items and the Velocity method allowlist. Reading
 * the real descriptor (instead of a sandbox copy of it) means a module missing from the descriptor
 * is missing in the sandbox too.
 */
public final class PluginDescriptor {

    public static final String RESOURCE = "atlassian-plugin.xml";

    private final String pluginKey;
    private final List<WebResourceModule> webResources;
    private final List<ServletModule> servlets;
    private final List<RestModule> restModules;
    private final List<WebPanelModule> webPanels;
    private final List<DashboardItemModule> dashboardItems;
    private final Set<String> allowedMethods;

    private PluginDescriptor(String pluginKey, List<WebResourceModule> webResources, List<ServletModule> servlets,
                             List<RestModule> restModules, List<WebPanelModule> webPanels, List<DashboardItemModule> dashboardItems,
                             Set<String> allowedMethods) {
        this.pluginKey = pluginKey;
        this.webResources = List.copyOf(webResources);
        this.servlets = List.copyOf(servlets);
        this.restModules = List.copyOf(restModules);
        this.webPanels = List.copyOf(webPanels);
        this.dashboardItems = List.copyOf(dashboardItems);
        this.allowedMethods = Set.copyOf(allowedMethods);
    }

    /** The plugin's {@code atlassian-plugin.xml} on the class path of {@code loader}. */
    public static PluginDescriptor load(ClassLoader loader) {
        return load(loader, RESOURCE);
    }

    /** The descriptor {@code resourceName} (normally {@link #RESOURCE}) on the class path of {@code loader}. */
    public static PluginDescriptor load(ClassLoader loader, String resourceName) {
        URL url = loader.getResource(resourceName);
        if (url == null) {
            throw new IllegalStateException(resourceName + " is not on the class path: is the plugin module built?");
        }
        try (InputStream in = url.openStream()) {
            return parse(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + url, e);
        }
    }

    public static PluginDescriptor parse(InputStream in) throws IOException {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            document = builder.parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("atlassian-plugin.xml is not valid XML: " + e.getMessage(), e);
        }
        Element root = document.getDocumentElement();
        List<WebResourceModule> webResources = new ArrayList<>();
        List<ServletModule> servlets = new ArrayList<>();
        List<RestModule> rest = new ArrayList<>();
        List<WebPanelModule> panels = new ArrayList<>();
        List<DashboardItemModule> dashboardItems = new ArrayList<>();
        Set<String> allowlist = new LinkedHashSet<>();
        for (Element module : children(root, null)) {
            switch (module.getTagName()) {
                case "web-resource" -> webResources.add(webResource(module));
                case "servlet" -> servlets.add(new ServletModule(module.getAttribute("key"), module.getAttribute("class"),
                        texts(module, "url-pattern")));
                case "rest" -> rest.add(new RestModule(module.getAttribute("key"), module.getAttribute("path"),
                        module.getAttribute("version"), texts(module, "package")));
                case "web-panel" -> panels.add(webPanel(module));
                case "dashboard-item" -> dashboardItems.add(dashboardItem(module));
                case "velocity-allowlist" -> allowlist.addAll(texts(module, "method"));
                default -> {
                    // Other module types (web items, sections, AO, i18n...) have no effect in the sandbox.
                }
            }
        }
        return new PluginDescriptor(root.getAttribute("key"), webResources, servlets, rest, panels, dashboardItems, allowlist);
    }

    private static DashboardItemModule dashboardItem(Element module) {
        String title = children(module, "definition").stream().flatMap(d -> children(d, "title").stream())
                .map(t -> t.getAttribute("key").trim()).filter(s -> !s.isEmpty()).findFirst().orElse(null);
        String description = children(module, "description").stream().map(d -> d.getAttribute("key").trim())
                .filter(s -> !s.isEmpty()).findFirst().orElse(null);
        String amdModule = texts(module, "amd-module").stream().findFirst().orElseThrow(() -> new IllegalStateException(
                "dashboard-item " + module.getAttribute("key") + " has no <amd-module>: the sandbox renders items by their AMD module"));
        return new DashboardItemModule(module.getAttribute("key"), title, description, amdModule,
                "true".equals(module.getAttribute("configurable")));
    }

    private static WebPanelModule webPanel(Element module) {
        String weight = module.getAttribute("weight").trim();
        String provider = children(module, "context-provider").stream().map(e -> e.getAttribute("class").trim())
                .filter(s -> !s.isEmpty()).findFirst().orElse(null);
        Map<String, String> params = new LinkedHashMap<>();
        for (Element param : children(module, "param")) {
            params.put(param.getAttribute("name"), param.hasAttribute("value") ? param.getAttribute("value") : param.getTextContent().trim());
        }
        String template = children(module, "resource").stream()
                .filter(r -> "velocity".equals(r.getAttribute("type")))
                .map(r -> r.getAttribute("location").trim()).findFirst().orElse(null);
        List<String> conditions = children(module, "condition").stream().map(e -> e.getAttribute("class").trim()).toList();
        String label = children(module, "label").stream().map(e -> e.getAttribute("key").trim())
                .filter(s -> !s.isEmpty()).findFirst().orElse(null);
        return new WebPanelModule(module.getAttribute("key"), module.getAttribute("location").trim(),
                weight.isEmpty() ? WebPanelModule.DEFAULT_WEIGHT : Integer.parseInt(weight), provider, params, template,
                conditions, label);
    }

    private static WebResourceModule webResource(Element module) {
        List<WebResourceModule.Resource> resources = new ArrayList<>();
        for (Element resource : children(module, "resource")) {
            if ("download".equals(resource.getAttribute("type"))) {
                resources.add(new WebResourceModule.Resource(resource.getAttribute("name"), resource.getAttribute("location")));
            }
        }
        Set<String> transformed = new LinkedHashSet<>();
        for (Element transformation : children(module, "transformation")) {
            for (Element transformer : children(transformation, "transformer")) {
                if ("jsI18n".equals(transformer.getAttribute("key"))) {
                    transformed.add(transformation.getAttribute("extension"));
                }
            }
        }
        return new WebResourceModule(module.getAttribute("key"), resources, texts(module, "dependency"),
                new LinkedHashSet<>(texts(module, "context")), transformed);
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && (tag == null || tag.equals(element.getTagName()))) {
                result.add(element);
            }
        }
        return result;
    }

    private static List<String> texts(Element parent, String tag) {
        return children(parent, tag).stream().map(e -> e.getTextContent().trim()).filter(s -> !s.isEmpty()).toList();
    }

    public String pluginKey() {
        return pluginKey;
    }

    public List<WebResourceModule> webResources() {
        return webResources;
    }

    /** The web resource with complete key {@code pluginKey:moduleKey}, if it belongs to this plugin. */
    public Optional<WebResourceModule> webResource(String completeKey) {
        String prefix = pluginKey + ":";
        if (!completeKey.startsWith(prefix)) {
            return Optional.empty();
        }
        String moduleKey = completeKey.substring(prefix.length());
        return webResources.stream().filter(w -> w.key().equals(moduleKey)).findFirst();
    }

    public List<ServletModule> servlets() {
        return servlets;
    }

    public List<RestModule> restModules() {
        return restModules;
    }

    /** The {@code <web-panel>} modules, by ascending weight (equal weights as declared). */
    public List<WebPanelModule> webPanels() {
        return webPanels.stream().sorted(java.util.Comparator.comparingInt(WebPanelModule::weight)).toList();
    }

    /** The {@code <dashboard-item>} modules, in descriptor order (the order of the sandbox's default dashboard). */
    public List<DashboardItemModule> dashboardItems() {
        return dashboardItems;
    }

    /** Every {@code <method>} of every {@code <velocity-allowlist>} module, as written. */
    public Set<String> allowedMethods() {
        return allowedMethods;
    }
}
