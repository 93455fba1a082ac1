package nl.xlascorecard.sandbox.descriptor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The plugin's own classes: those beside its {@code atlassian-plugin.xml} (the classes folder or the
 * jar), as Jira's REST module scans only the plugin bundle. Classes of the same package elsewhere on
 * the class path (tests, the sandbox) are not the plugin's and are never picked up.
 */
public final class PluginClasses {

    private final ClassLoader loader;
    private final URL descriptor;

    public PluginClasses(ClassLoader loader, String descriptorResource) {
        this.loader = loader;
        this.descriptor = loader.getResource(descriptorResource);
        if (descriptor == null) {
            throw new IllegalStateException(descriptorResource + " is not on the class path");
        }
    }

    /** The classes of {@code packageName} and its sub-packages, sorted by name. */
    public List<Class<?>> inPackage(String packageName) {
        List<String> names = new ArrayList<>();
        String prefix = packageName.replace('.', '/') + "/";
        try {
            if ("jar".equals(descriptor.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) descriptor.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        String entry = entries.nextElement().getName();
                        if (entry.startsWith(prefix) && entry.endsWith(".class")) {
                            names.add(entry);
                        }
                    }
                }
            } else {
                Path root = Path.of(descriptor.toURI()).getParent();
                // The descriptor is at the root of the classes folder (or jar), so that is where packages start.
                Path folder = root.resolve(prefix);
                if (Files.isDirectory(folder)) {
                    try (Stream<Path> files = Files.walk(folder)) {
                        files.filter(f -> f.toString().endsWith(".class"))
                                .forEach(f -> names.add(root.relativize(f).toString().replace('\\', '/')));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names.stream().sorted().toList()) {
            String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
            try {
                classes.add(Class.forName(className, false, loader));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("Cannot load plugin class " + className, e);
            }
        }
        return classes;
    }
}
