package nl.xlascorecard.sandbox.wiring;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the sandbox can hand to the plugin's classes, by type: the core in-ports, the
 * CallerResolver, Messages, TemplateRenderer, PageBuilderService... Plugin servlets, REST resources
 * and providers are built by constructor injection from it, the way Jira's Spring context builds
 * them, so a new resource or servlet needs no sandbox code as long as it asks for known types.
 */
public final class Components {

    private final Map<Type, Object> byType = new LinkedHashMap<>();

    /** Registers {@code instance} under {@code type} (an interface or class, possibly generic). */
    public <T> Components add(Class<T> type, T instance) {
        byType.put(type, instance);
        return this;
    }

    /** Registers an instance under a generic type such as {@code Function<Locale, Messages>}. */
    public Components addGeneric(Type type, Object instance) {
        byType.put(type, instance);
        return this;
    }

    /**
     * Registers what each public no-argument method of {@code holder} returns under its declared
     * return type: how the composition root's in-port getters ({@code organisations()},
     * {@code rounds()}...) become injectable without listing them.
     */
    public Components addGettersOf(Object holder) {
        for (Method method : holder.getClass().getMethods()) {
            if (method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                    && method.getDeclaringClass() == holder.getClass() && method.getReturnType().isInterface()) {
                try {
                    byType.putIfAbsent(method.getGenericReturnType(), method.invoke(holder));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("Cannot read " + method, e);
                }
            }
        }
        return this;
    }

    public <T> T get(Class<T> type) {
        Object found = find(type);
        if (found == null) {
            throw new IllegalStateException("No component of type " + type.getName());
        }
        return type.cast(found);
    }

    public boolean has(Type type) {
        return find(type) != null;
    }

    private Object find(Type type) {
        Object exact = byType.get(type);
        if (exact != null || !(type instanceof Class<?> raw)) {
            return exact;
        }
        // A class asked for by a supertype of a registered raw class (e.g. HttpServlet needs TemplateRenderer).
        for (Map.Entry<Type, Object> entry : byType.entrySet()) {
            if (entry.getKey() instanceof Class<?> registered && raw.isAssignableFrom(registered)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /**
     * A new instance of {@code type} from its public constructor with the most parameters that can
     * all be supplied. Fails with a message naming the missing types, so a wiring gap is found at start.
     */
    public <T> T create(Class<T> type) {
        Constructor<?>[] constructors = type.getConstructors();
        if (constructors.length == 0) {
            throw new IllegalStateException(type.getName() + " has no public constructor");
        }
        Arrays.sort(constructors, Comparator.comparingInt(Constructor<?>::getParameterCount).reversed());
        List<String> missing = new ArrayList<>();
        for (Constructor<?> constructor : constructors) {
            Type[] parameters = constructor.getGenericParameterTypes();
            Object[] arguments = new Object[parameters.length];
            List<String> missingHere = new ArrayList<>();
            for (int i = 0; i < parameters.length; i++) {
                arguments[i] = find(parameters[i]);
                if (arguments[i] == null) {
                    missingHere.add(parameters[i].getTypeName());
                }
            }
            if (missingHere.isEmpty()) {
                try {
                    return type.cast(constructor.newInstance(arguments));
                } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                    Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
                    throw new IllegalStateException("Cannot create " + type.getName() + ": " + cause, cause);
                }
            }
            missing.addAll(missingHere);
        }
        throw new IllegalStateException("Cannot create " + type.getName() + ": the sandbox has no component of type "
                + String.join(", ", missing.stream().distinct().toList()));
    }

    /** For messages: the registered types. */
    public List<String> typeNames() {
        return byType.keySet().stream().map(t -> t instanceof ParameterizedType p ? p.getTypeName() : t.getTypeName()).toList();
    }
}
