package nl.xlascorecard.sandbox.descriptor;

import java.util.List;
import java.util.Set;

/**
 * A {@code <web-resource>} module of the descriptor.
 *
 * @param key          module key (unique within the plugin)
 * @param resources    the {@code <resource type="download">} files, in descriptor order
 * @param dependencies complete keys ({@code pluginKey:moduleKey}) of web resources needed first
 * @param contexts     the {@code <context>}s the module is part of
 * @param transformedExtensions file extensions with a {@code jsI18n} transformer ({@code js} normally)
 */
public record WebResourceModule(String key, List<Resource> resources, List<String> dependencies, Set<String> contexts,
                                Set<String> transformedExtensions) {

    public WebResourceModule {
        resources = List.copyOf(resources);
        dependencies = List.copyOf(dependencies);
        contexts = Set.copyOf(contexts);
        transformedExtensions = Set.copyOf(transformedExtensions);
    }

    /**
     * A downloadable file.
     *
     * @param name     the name it is served under
     * @param location its path on the plugin's class path
     */
    public record Resource(String name, String location) {

        public boolean isJavaScript() {
            return name.endsWith(".js");
        }

        public boolean isStyleSheet() {
            return name.endsWith(".css");
        }

        public String extension() {
            int dot = name.lastIndexOf('.');
            return dot < 0 ? "" : name.substring(dot + 1);
        }
    }

    public boolean appliesJsI18n(Resource resource) {
        return transformedExtensions.contains(resource.extension());
    }
}
