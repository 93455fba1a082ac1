package nl.xlascorecard.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks {@code atlassian-plugin.xml} as the build produced it ({@code target/classes}, filtered)
 * against the class path: what Jira would only find out when the app is installed. The checks are
 * generic (they look at whatever modules exist), so every area's section is covered as it lands:
 * <ul>
 *   <li>well-formed; exactly one {@code plugin-info} and one i18n resource; at most one {@code ao},
 *       {@code rest}, {@code rest-migration} and {@code velocity-allowlist};</li>
 *   <li>module keys unique and kebab-case;</li>
 *   <li>every {@code class} attribute, {@code entity} and {@code upgradeTask} of the app's own
 *       package names an existing class (classes of Jira itself cannot be checked here; any other
 *       package is refused: the descriptor names only the app's and the host's classes);</li>
 *   <li>every {@code resource}/{@code thumbnail} location (templates, JS, CSS, images, i18n
 *       bundles) exists on the class path;</li>
 *   <li>every {@code i18n-name-key}, and every {@code key} attribute that is an i18n key (contains
 *       a dot; module keys never do), exists in the English and the Dutch bundle;</li>
 *   <li>every {@code velocity-allowlist} method exists on its class with those parameter types,
 *       and the list is sorted;</li>
 *   <li>the {@code ao} module lists exactly the entity interfaces of {@code plugin.persistence.ao}
 *       (base interfaces that other entities there extend are no tables) and every upgrade task of {@code plugin.persistence.upgrade} (and there is an {@code ao}
 *       module as soon as there are entities);</li>
 *   <li>a {@code rest} module comes with {@code <rest-migration><rest-v2/></rest-migration>};</li>
 *   <li>every {@code dashboard-item} is configurable, has a title, and its {@code amd-module} is
 *       defined ({@code define('name', ...)}) by a JavaScript file of a web resource in the
 *       {@code atl.dashboard} context (what Jira loads on a dashboard) that has the {@code jsI18n}
 *       transformer.</li>
 * </ul>
 * {@link #aBrokenDescriptorIsReportedOnEveryCount()} proves the checks fail on broken references.
 */
class DescriptorTest {

    static final String DESCRIPTOR = "atlassian-plugin.xml";
    static final String APP_PACKAGE = "nl.xlascorecard.";

    @Test
    void theBuiltDescriptorHasNoProblems() {
        assertThat(Checks.of(DESCRIPTOR).problems()).isEmpty();
    }

    @Test
    void pluginInfoCarriesTheBuiltVersionAndTheDataCenterParams() {
        Element info = Checks.of(DESCRIPTOR).children("plugin-info").get(0);
        Map<String, String> params = new HashMap<>();
        for (Element param : elements(info.getElementsByTagName("param"))) {
            params.put(param.getAttribute("name"), param.getTextContent().trim());
        }

        assertThat(text(info, "version")).doesNotContain("${").matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(params)
                .containsEntry("atlassian-data-center-status", "compatible")
                .containsEntry("atlassian-data-center-compatible", "true")
                .containsEntry("atlassian-licensing-enabled", "false")
                .containsEntry("configure.url", "/plugins/servlet/xla/admin/settings");
    }

    /** The UPM's "Configure" link must open one of the app's own servlets, which only administrators may use. */
    @Test
    void theConfigureLinkOpensAServletOfTheApp() {
        Checks checks = Checks.of(DESCRIPTOR);
        Element info = checks.children("plugin-info").get(0);
        String configure = null;
        for (Element param : elements(info.getElementsByTagName("param"))) {
            if (param.getAttribute("name").equals("configure.url")) {
                configure = param.getTextContent().trim();
            }
        }
        List<String> servletUrls = new ArrayList<>();
        for (Element servlet : checks.children("servlet")) {
            for (Element pattern : elements(servlet.getElementsByTagName("url-pattern"))) {
                servletUrls.add("/plugins/servlet" + pattern.getTextContent().trim());
            }
        }

        assertThat(configure).startsWith("/plugins/servlet/xla/admin/");
        assertThat(servletUrls).contains(configure);
    }

    @Test
    void theDescriptorIsFilteredByTheBuild() {
        Element root = Checks.of(DESCRIPTOR).root();

        assertThat(root.getAttribute("key")).isEqualTo("nl.xlascorecard.xla-scorecard");
        assertThat(root.getAttribute("plugins-version")).isEqualTo("2");
    }

    /**
     * Jira loads {@code META-INF/spring/*.xml} (manifest header {@code Spring-Context}); every bean
     * class there must exist, and the app's Spring Java configuration must be registered with
     * annotation processing on, or none of its {@code @Bean} methods would run.
     */
    @Test
    void theSpringContextRegistersTheJavaConfiguration() {
        Checks spring = Checks.of("META-INF/spring/plugin-context.xml");
        List<String> beans = new ArrayList<>();
        for (Element bean : elements(spring.root().getElementsByTagName("bean"))) {
            beans.add(bean.getAttribute("class"));
        }

        assertThat(spring.root().getElementsByTagName("context:annotation-config").getLength()).isEqualTo(1);
        assertThat(beans).contains("nl.xlascorecard.plugin.config.JiraSpringConfiguration");
        for (String bean : beans) {
            assertThat(Arrays.stream(loadOrFail(bean).getAnnotations()).map(a -> a.annotationType().getName()))
                    .as("bean %s is a Spring @Configuration", bean)
                    .contains("org.springframework.context.annotation.Configuration");
        }
    }

    private static Class<?> loadOrFail(String name) {
        try {
            return Class.forName(name, false, DescriptorTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no such class: " + name, e);
        }
    }

    @Test
    void aBrokenDescriptorIsReportedOnEveryCount() {
        List<String> problems = Checks.of("descriptor/broken-atlassian-plugin.xml",
                "nl.xlascorecard.plugin.descriptorfixture", "nl.xlascorecard.plugin.descriptorfixture").problems();

        assertThat(problems).anySatisfy(p -> assertThat(p).contains("exactly one <plugin-info>"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("at most one <velocity-allowlist>"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("not kebab-case: Web_Resource"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("duplicate module key: twice"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("no such class: nl.xlascorecard.plugin.web.NoSuchServlet"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("not the app's and not Jira's: org.example.Foreign"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("not on the class path: templates/missing.vm"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("not on the class path: web/missing.js"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("not on the class path: i18n/no-such-bundle"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("i18n key missing in English: xla.no.such.key"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("i18n key missing in Dutch: xla.no.such.key"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("no such method: nl.xlascorecard.core.shared.Caller#noSuchMethod()"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("no such method: nl.xlascorecard.core.shared.Caller#has(java.lang.String)"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("velocity-allowlist is not sorted"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("not an entity: nl.xlascorecard.core.shared.Caller"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("<ao> does not list the entity nl.xlascorecard.plugin.descriptorfixture.UnlistedAo"));
        assertThat(problems).noneSatisfy(p -> assertThat(p).contains("SharedColumnsAo"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("<rest> without <rest-migration><rest-v2/>"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains(
                "dashboard-item unknown-module-item: no atl.dashboard web resource defines the AMD module xla/dashboard/no-such-module"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("dashboard-item no-module-item has no <amd-module>"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("dashboard-item fixed-item is not configurable"));
        // Defined, but only by a resource outside atl.dashboard: Jira would not load it on a dashboard.
        assertThat(problems).anySatisfy(p -> assertThat(p).contains(
                "dashboard-item fixed-item: no atl.dashboard web resource defines the AMD module xla/dashboard/fixture"));
        // The valid parts raise nothing: a listed, existing allowlist method is fine.
        assertThat(problems).noneSatisfy(p -> assertThat(p).contains("no such method: nl.xlascorecard.core.shared.Caller#userKey()"));
    }

    @Test
    void aMalformedDescriptorIsAProblemNotACrash() {
        assertThat(Checks.of("descriptor/malformed-atlassian-plugin.xml").problems())
                .singleElement().asString().startsWith("not well-formed");
    }

    // ------------------------------------------------------------------------------------------

    /** The checks, on one descriptor from the class path. Collects problems instead of stopping at the first. */
    static final class Checks {

        private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
        private static final Pattern ALLOWLIST_ENTRY = Pattern.compile("([\\w.$]+)#(\\w+)\\(([^)]*)\\)");
        private static final Set<String> SINGLETONS = Set.of("ao", "rest", "rest-migration", "velocity-allowlist");
        private static final String UPGRADE_TASK = "com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask";

        private final ClassLoader loader = DescriptorTest.class.getClassLoader();
        private final List<String> problems = new ArrayList<>();
        private final String resource;
        private final String entityPackage;
        private final String upgradePackage;
        private final Document document;

        private Checks(String resource, String entityPackage, String upgradePackage) {
            this.resource = resource;
            this.entityPackage = entityPackage;
            this.upgradePackage = upgradePackage;
            this.document = parse(resource);
        }

        static Checks of(String resource) {
            return new Checks(resource, "nl.xlascorecard.plugin.persistence.ao", "nl.xlascorecard.plugin.persistence.upgrade");
        }

        /** For the checks' own test: entities and upgrade tasks are looked for in these packages. */
        static Checks of(String resource, String entityPackage, String upgradePackage) {
            return new Checks(resource, entityPackage, upgradePackage);
        }

        Element root() {
            return document.getDocumentElement();
        }

        List<Element> children(String name) {
            List<Element> found = new ArrayList<>();
            for (Element child : elements(root().getChildNodes())) {
                if (child.getTagName().equals(name)) {
                    found.add(child);
                }
            }
            return found;
        }

        List<String> problems() {
            if (document == null) {
                return problems;
            }
            sections();
            moduleKeys();
            classes();
            locations();
            i18nKeys();
            allowlist();
            activeObjects();
            rest();
            dashboardItems();
            return problems;
        }

        private Document parse(String resource) {
            try (InputStream in = loader.getResourceAsStream(resource)) {
                Objects.requireNonNull(in, "not on the class path: " + resource);
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                DocumentBuilder builder = factory.newDocumentBuilder();
                // Report through the exception only: the default handler also prints to stderr.
                builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                    @Override
                    public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                        throw e;
                    }
                });
                return builder.parse(in);
            } catch (org.xml.sax.SAXException e) {
                problems.add("not well-formed: " + e.getMessage());
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (javax.xml.parsers.ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
        }

        private void sections() {
            if (children("plugin-info").size() != 1) {
                problems.add("exactly one <plugin-info> expected, found " + children("plugin-info").size());
            }
            long i18n = children("resource").stream().filter(r -> r.getAttribute("type").equals("i18n")).count();
            if (i18n != 1) {
                problems.add("exactly one <resource type=\"i18n\"> expected, found " + i18n);
            }
            for (String name : new TreeSet<>(SINGLETONS)) {
                if (children(name).size() > 1) {
                    problems.add("at most one <" + name + "> expected, found " + children(name).size());
                }
            }
        }

        private void moduleKeys() {
            Set<String> seen = new LinkedHashSet<>();
            for (Element module : elements(root().getChildNodes())) {
                if (!module.hasAttribute("key")) {
                    continue;
                }
                String key = module.getAttribute("key");
                if (!KEBAB.matcher(key).matches()) {
                    problems.add("module key not kebab-case: " + key);
                }
                if (!seen.add(key)) {
                    problems.add("duplicate module key: " + key);
                }
            }
        }

        private void classes() {
            for (Element element : all()) {
                if (element.hasAttribute("class")) {
                    checkClass(element.getAttribute("class").trim());
                }
                if (element.getTagName().equals("entity") || element.getTagName().equals("upgradeTask")) {
                    checkClass(element.getTextContent().trim());
                }
            }
        }

        private void checkClass(String name) {
            if (name.startsWith("com.atlassian.")) {
                return; // Jira's own classes (conditions, context providers): only Jira has them
            }
            if (!name.startsWith(APP_PACKAGE)) {
                problems.add("class is not the app's and not Jira's: " + name);
                return;
            }
            if (load(name) == null) {
                problems.add("no such class: " + name);
            }
        }

        private void locations() {
            for (Element element : all()) {
                boolean resource = element.getTagName().equals("resource");
                if (!(resource || element.getTagName().equals("thumbnail")) || !element.hasAttribute("location")) {
                    continue;
                }
                String location = element.getAttribute("location").replaceFirst("^/", "");
                if (resource && element.getAttribute("type").equals("i18n")) {
                    for (String bundle : List.of(location + ".properties", location + "_nl.properties")) {
                        if (loader.getResource(bundle) == null) {
                            problems.add("i18n bundle not on the class path: " + bundle + " (of " + location + ")");
                        }
                    }
                } else if (loader.getResource(location) == null) {
                    problems.add("resource not on the class path: " + location);
                }
            }
        }

        private void i18nKeys() {
            Properties english = bundle("i18n/xla-scorecard.properties");
            Properties dutch = bundle("i18n/xla-scorecard_nl.properties");
            for (Element element : all()) {
                List<String> keys = new ArrayList<>();
                if (element.hasAttribute("i18n-name-key")) {
                    keys.add(element.getAttribute("i18n-name-key"));
                }
                // Module keys are kebab-case without dots; a key with a dot names a text (the root's
                // key is the plugin key, not a text).
                if (element != root() && element.hasAttribute("key") && element.getAttribute("key").contains(".")) {
                    keys.add(element.getAttribute("key"));
                }
                for (String key : keys) {
                    if (!english.containsKey(key)) {
                        problems.add("i18n key missing in English: " + key);
                    }
                    if (!dutch.containsKey(key)) {
                        problems.add("i18n key missing in Dutch: " + key);
                    }
                }
            }
        }

        private void allowlist() {
            for (Element list : children("velocity-allowlist")) {
                List<String> entries = new ArrayList<>();
                for (Element method : elements(list.getElementsByTagName("method"))) {
                    String entry = method.getTextContent().trim();
                    entries.add(entry);
                    checkAllowedMethod(entry);
                }
                List<String> sorted = new ArrayList<>(entries);
                Collections.sort(sorted);
                if (!sorted.equals(entries)) {
                    problems.add("velocity-allowlist is not sorted (expected " + sorted + ")");
                }
            }
        }

        private void checkAllowedMethod(String entry) {
            Matcher matcher = ALLOWLIST_ENTRY.matcher(entry);
            if (!matcher.matches()) {
                problems.add("velocity-allowlist entry is not fqcn.Class#method(param.Type): " + entry);
                return;
            }
            Class<?> type = load(matcher.group(1));
            if (type == null) {
                problems.add("velocity-allowlist: no such class: " + entry);
                return;
            }
            String parameterList = matcher.group(3).trim();
            List<Class<?>> parameters = new ArrayList<>();
            for (String name : parameterList.isEmpty() ? new String[0] : parameterList.split("\\s*,\\s*")) {
                Class<?> parameter = parameterType(name);
                if (parameter == null) {
                    problems.add("velocity-allowlist: no such parameter type " + name + " in " + entry);
                    return;
                }
                parameters.add(parameter);
            }
            try {
                java.lang.reflect.Method method = type.getMethod(matcher.group(2), parameters.toArray(Class<?>[]::new));
                if (!Modifier.isPublic(method.getModifiers())) {
                    problems.add("velocity-allowlist: not public: " + entry);
                }
            } catch (NoSuchMethodException e) {
                problems.add("velocity-allowlist: no such method: " + entry);
            }
        }

        private Class<?> parameterType(String name) {
            return switch (name) {
                case "boolean" -> boolean.class;
                case "byte" -> byte.class;
                case "char" -> char.class;
                case "short" -> short.class;
                case "int" -> int.class;
                case "long" -> long.class;
                case "float" -> float.class;
                case "double" -> double.class;
                default -> load(name);
            };
        }

        private void activeObjects() {
            Set<String> entities = classesIn(entityPackage, this::isEntity);
            // A base interface that other entities extend (shared columns) is no table of its own.
            Set<String> bases = new TreeSet<>();
            for (String entity : entities) {
                for (Class<?> parent : Objects.requireNonNull(load(entity)).getInterfaces()) {
                    bases.add(parent.getName());
                }
            }
            entities.removeAll(bases);
            Set<String> tasks = classesIn(upgradePackage, this::isUpgradeTask);
            List<Element> modules = children("ao");
            if (modules.isEmpty()) {
                if (!entities.isEmpty()) {
                    problems.add("entities exist but there is no <ao> module: " + entities);
                }
                return;
            }
            Element ao = modules.get(0);
            Set<String> listedEntities = texts(ao, "entity");
            Set<String> listedTasks = texts(ao, "upgradeTask");
            for (String entity : entities) {
                if (!listedEntities.contains(entity)) {
                    problems.add("<ao> does not list the entity " + entity);
                }
            }
            for (String listed : listedEntities) {
                Class<?> type = load(listed);
                if (type != null && !isEntity(type)) {
                    problems.add("<ao> lists what is not an entity: " + listed);
                }
            }
            for (String task : tasks) {
                if (!listedTasks.contains(task)) {
                    problems.add("<ao> does not list the upgrade task " + task);
                }
            }
        }

        private boolean isEntity(Class<?> type) {
            return type.isInterface() && net.java.ao.RawEntity.class.isAssignableFrom(type);
        }

        private boolean isUpgradeTask(Class<?> type) {
            if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                return false;
            }
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                if (Arrays.stream(c.getInterfaces()).anyMatch(i -> i.getName().equals(UPGRADE_TASK))) {
                    return true;
                }
            }
            return false;
        }

        private void rest() {
            if (children("rest").isEmpty()) {
                return;
            }
            // A module of its own next to <rest>, as Atlassian's own Jira 10/11 apps declare it.
            boolean migrated = children("rest-migration").stream()
                    .anyMatch(m -> m.getElementsByTagName("rest-v2").getLength() > 0);
            if (!migrated) {
                boolean nested = children("rest").stream().anyMatch(r -> r.getElementsByTagName("rest-migration").getLength() > 0);
                problems.add("<rest> without <rest-migration><rest-v2/></rest-migration>: Jira 10+ runs REST v2 only"
                        + (nested ? " (found inside <rest>: it is a top-level module with a key of its own)" : ""));
            }
        }

        private void dashboardItems() {
            Set<String> onDashboards = new TreeSet<>();
            for (Element webResource : children("web-resource")) {
                boolean dashboard = texts(webResource, "context").contains("atl.dashboard");
                boolean jsI18n = elements(webResource.getElementsByTagName("transformer")).stream()
                        .anyMatch(t -> t.getAttribute("key").equals("jsI18n"));
                if (!dashboard) {
                    continue;
                }
                if (!jsI18n) {
                    problems.add("web resource " + webResource.getAttribute("key") + " of atl.dashboard has no jsI18n transformer");
                }
                for (Element file : elements(webResource.getElementsByTagName("resource"))) {
                    String location = file.getAttribute("location").replaceFirst("^/", "");
                    if (location.endsWith(".js")) {
                        onDashboards.addAll(definedModules(location));
                    }
                }
            }
            // Modules the atl.dashboard resources depend on are loaded too, so their defines count.
            for (Element webResource : children("web-resource")) {
                if (!texts(webResource, "context").contains("atl.dashboard")) {
                    continue;
                }
                for (String dependency : texts(webResource, "dependency")) {
                    String key = dependency.substring(dependency.indexOf(':') + 1);
                    children("web-resource").stream().filter(w -> w.getAttribute("key").equals(key))
                            .flatMap(w -> elements(w.getElementsByTagName("resource")).stream())
                            .map(f -> f.getAttribute("location").replaceFirst("^/", ""))
                            .filter(l -> l.endsWith(".js"))
                            .forEach(l -> onDashboards.addAll(definedModules(l)));
                }
            }
            for (Element item : children("dashboard-item")) {
                String key = item.getAttribute("key");
                if (!"true".equals(item.getAttribute("configurable"))) {
                    problems.add("dashboard-item " + key + " is not configurable");
                }
                if (item.getElementsByTagName("title").getLength() == 0) {
                    problems.add("dashboard-item " + key + " has no <definition><title key>");
                }
                Set<String> modules = texts(item, "amd-module");
                if (modules.isEmpty()) {
                    problems.add("dashboard-item " + key + " has no <amd-module>");
                }
                for (String module : modules) {
                    if (!onDashboards.contains(module)) {
                        problems.add("dashboard-item " + key + ": no atl.dashboard web resource defines the AMD module " + module);
                    }
                }
            }
        }

        private static final Pattern AMD_DEFINE = Pattern.compile("\\bdefine\\(\\s*'([^']+)'");

        /** The names of the AMD modules a script defines with {@code define('name', ...)}. */
        private Set<String> definedModules(String location) {
            Set<String> names = new TreeSet<>();
            try (InputStream in = loader.getResourceAsStream(location)) {
                if (in == null) {
                    return names;
                }
                Matcher matcher = AMD_DEFINE.matcher(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return names;
        }

        /**
         * Top-level classes directly in {@code packageName} (not sub-packages) that pass
         * {@code test}, from the class-path directory the descriptor itself comes from
         * ({@code target/classes}): test classes in the same package are not the app's.
         */
        private Set<String> classesIn(String packageName, java.util.function.Predicate<Class<?>> test) {
            Set<String> found = new TreeSet<>();
            try {
                URL descriptor = loader.getResource(resource);
                if (descriptor == null || !descriptor.getProtocol().equals("file")) {
                    return found;
                }
                File root = new File(descriptor.toURI());
                for (int depth = resource.split("/").length; depth > 0; depth--) {
                    root = root.getParentFile();
                }
                File[] files = new File(root, packageName.replace('.', '/'))
                        .listFiles((dir, name) -> name.endsWith(".class") && !name.contains("$"));
                for (File file : files == null ? new File[0] : files) {
                    String name = packageName + "." + file.getName().replace(".class", "");
                    Class<?> type = load(name);
                    if (type != null && test.test(type)) {
                        found.add(name);
                    }
                }
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
            return found;
        }

        private Class<?> load(String name) {
            try {
                return Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                return null;
            }
        }

        private Properties bundle(String resource) {
            Properties properties = new Properties();
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return properties;
        }

        private List<Element> all() {
            return elements(document.getElementsByTagName("*"));
        }

        private static Set<String> texts(Element parent, String tag) {
            Set<String> texts = new TreeSet<>();
            for (Element element : elements(parent.getElementsByTagName(tag))) {
                texts.add(element.getTextContent().trim());
            }
            return texts;
        }
    }

    static List<Element> elements(NodeList nodes) {
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                elements.add((Element) nodes.item(i));
            }
        }
        return elements;
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent().trim();
    }
}
