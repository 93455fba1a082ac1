package nl.xlascorecard.sandbox.webpanel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;

/**
 * Calls the methods Jira's web-fragment interfaces define ({@code ContextProvider.init/getContextMap},
 * {@code Condition.init/shouldDisplay}) on a plugin object by name and parameter type. By name,
 * because those interfaces are Jira's: the sandbox does not declare them, so whichever declaration
 * the plugin compiles against works here.
 */
final class PluginCallable {

    private final Object target;

    PluginCallable(Object target) {
        this.target = target;
    }

    Object target() {
        return target;
    }

    /** Calls {@code name(Map)} when the object has it; returns empty when it has not. */
    Optional<Object> callIfPresent(String name, Map<String, ?> argument) {
        Method method = find(name);
        if (method == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(method.invoke(target, argument));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot call " + method, e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(method + " failed", cause);
        }
    }

    /** Calls {@code name(Map)}, which the object must have. */
    Object call(String name, Map<String, ?> argument) {
        if (find(name) == null) {
            throw new IllegalStateException(target.getClass().getName() + " has no public method " + name + "(java.util.Map)");
        }
        return callIfPresent(name, argument).orElse(null);
    }

    private Method find(String name) {
        for (Method method : target.getClass().getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == 1
                    && method.getParameterTypes()[0].isAssignableFrom(Map.class)) {
                return method;
            }
        }
        return null;
    }
}
