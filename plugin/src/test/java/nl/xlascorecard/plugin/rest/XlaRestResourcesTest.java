package nl.xlascorecard.plugin.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import org.junit.jupiter.api.Test;

import nl.xlascorecard.plugin.i18n.BundleMessages;
import nl.xlascorecard.plugin.users.UserNames;

/**
 * The REST module as Jira builds it (scanning the package for {@code @Path} and {@code @Provider}
 * classes and injecting one constructor) and as {@link XlaRestResources} builds it must agree, and
 * every resource must say who may call it and that it speaks JSON.
 */
class XlaRestResourcesTest {

    private static final Set<String> ACCESS_ANNOTATIONS = Set.of("UnrestrictedAccess", "AnonymousSiteAccess",
            "UnlicensedSiteAccess", "LicensedOnly", "AdminOnly", "SystemAdminOnly");

    @Test
    void theRegistryHoldsEveryResourceAndProviderOfThePackage() throws Exception {
        List<Object> registered = XlaRestResources.create(
                new XlaRestResources.InPorts(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null), null, UserNames.KEYS, BundleMessages::new);

        Set<Class<?>> registeredTypes = registered.stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(registeredTypes).containsExactlyInAnyOrderElementsOf(scanned());
    }

    @Test
    void everyResourceDeclaresAccessAndJsonAndOneInjectableConstructor() throws Exception {
        for (Class<?> type : scanned()) {
            Constructor<?>[] constructors = type.getConstructors();
            assertThat(constructors).as(type.getName()).hasSize(1);
            assertThat(constructors[0].isAnnotationPresent(Inject.class)).as(type.getName()).isTrue();
            if (type.isAnnotationPresent(Path.class)) {
                assertThat(Stream.of(type.getAnnotations()).map(a -> a.annotationType().getSimpleName()))
                        .as(type.getName()).anyMatch(ACCESS_ANNOTATIONS::contains);
                // JSON everywhere, but for the CSV exports, whose paths say what they answer
                String produces = type.getAnnotation(Path.class).value().endsWith(".csv") ? "text/csv"
                        : MediaType.APPLICATION_JSON;
                assertThat(type.getAnnotation(Produces.class).value()).as(type.getName()).containsExactly(produces);
                assertThat(type.getAnnotation(Consumes.class).value()).as(type.getName()).containsExactly(MediaType.APPLICATION_JSON);
            }
        }
    }

    /** The public, concrete {@code @Path} and {@code @Provider} classes under the package, as Jira finds them. */
    private static Set<Class<?>> scanned() throws IOException, URISyntaxException, ClassNotFoundException {
        java.nio.file.Path root = java.nio.file.Path.of(XlaRestResources.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        java.nio.file.Path folder = root.resolve(XlaRestResources.class.getPackageName().replace('.', '/'));
        List<String> names;
        try (Stream<java.nio.file.Path> files = Files.walk(folder)) {
            names = files.map(root::relativize).map(java.nio.file.Path::toString).filter(n -> n.endsWith(".class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.').replace('\\', '.')).toList();
        }
        Set<Class<?>> types = new HashSet<>();
        for (String name : names) {
            Class<?> type = Class.forName(name);
            boolean concrete = Modifier.isPublic(type.getModifiers()) && !Modifier.isAbstract(type.getModifiers())
                    && !type.isInterface() && type.getEnclosingClass() == null;
            if (concrete && (type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(Provider.class))) {
                types.add(type);
            }
        }
        assertThat(types).as("scan found the resources").hasSizeGreaterThan(10);
        return types;
    }
}
