package nl.xlascorecard.sandbox.rest;

import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

import nl.xlascorecard.sandbox.descriptor.PluginClasses;
import nl.xlascorecard.sandbox.descriptor.RestModule;
import nl.xlascorecard.sandbox.wiring.Components;

/**
 * The Jersey application of one {@code <rest>} module, the way Jira's REST v2 builds it: every
 * {@code @Path} resource and {@code @Provider} in the module's packages (of the plugin itself) is
 * instantiated by constructor injection from {@link Components} and registered as an instance.
 * Adding a resource to the plugin therefore needs no change here.
 */
public final class PluginRestApplication {

    private PluginRestApplication() {
    }

    public static ResourceConfig create(RestModule module, PluginClasses pluginClasses, Components components) {
        List<Object> instances = new ArrayList<>();
        for (String packageName : module.packages()) {
            for (Class<?> type : pluginClasses.inPackage(packageName)) {
                if (isComponent(type)) {
                    instances.add(components.create(type));
                }
            }
        }
        ResourceConfig config = base();
        instances.forEach(config::register);
        if (instances.stream().noneMatch(PluginRestApplication::resolvesObjectMapper)) {
            config.register(new SandboxObjectMapper());
        }
        return config;
    }

    /** Jersey with Jackson and the access rules, no resources yet. */
    public static ResourceConfig base() {
        ResourceConfig config = new ResourceConfig();
        // Jackson's own exception mappers would answer bad JSON with parser messages: the plugin's
        // mappers (or Jersey's plain 400) answer instead.
        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(new RestAccessFeature());
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        return config;
    }

    private static boolean isComponent(Class<?> type) {
        return !type.isInterface() && !Modifier.isAbstract(type.getModifiers()) && Modifier.isPublic(type.getModifiers())
                && (type.getEnclosingClass() == null || Modifier.isStatic(type.getModifiers()))
                && (type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(Provider.class));
    }

    private static boolean resolvesObjectMapper(Object instance) {
        for (Type type : instance.getClass().getGenericInterfaces()) {
            if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == ContextResolver.class
                    && parameterized.getActualTypeArguments()[0] == ObjectMapper.class) {
                return true;
            }
        }
        return false;
    }
}
