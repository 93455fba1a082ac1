package nl.xlascorecard.sandbox.velocity;

import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The methods templates may call, written as Jira's {@code <velocity-allowlist>} writes them:
 * {@code fully.qualified.Class#method(param.Type,other.Type)}. A method is allowed when it, or a
 * method it overrides or implements, is listed: {@code $map.get('x')} on a {@code HashMap} is
 * allowed by {@code java.util.Map#get(java.lang.Object)}, as a template sees maps through their
 * interface. Nested classes may be written with {@code $} or {@code .}.
 */
public final class MethodAllowlist {

    private final Set<String> signatures;

    public MethodAllowlist(Collection<String> entries) {
        this.signatures = entries.stream().map(MethodAllowlist::normalise).collect(Collectors.toUnmodifiableSet());
    }

    public MethodAllowlist plus(Collection<String> entries) {
        Set<String> all = new HashSet<>(signatures);
        entries.stream().map(MethodAllowlist::normalise).forEach(all::add);
        return new MethodAllowlist(all);
    }

    public boolean allows(Method method) {
        Deque<Class<?>> types = new ArrayDeque<>();
        Set<Class<?>> seen = new HashSet<>();
        // Walk from the declaring class up through superclasses and interfaces: a listed supertype
        // method allows its overrides.
        types.add(method.getDeclaringClass());
        while (!types.isEmpty()) {
            Class<?> type = types.poll();
            if (!seen.add(type)) {
                continue;
            }
            if (declares(type, method) && signatures.contains(signature(type, method))) {
                return true;
            }
            if (type.getSuperclass() != null) {
                types.add(type.getSuperclass());
            }
            types.addAll(Arrays.asList(type.getInterfaces()));
        }
        return false;
    }

    private static boolean declares(Class<?> type, Method method) {
        try {
            type.getDeclaredMethod(method.getName(), method.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** How {@code method} is written in an allowlist, as declared by {@code type}. */
    public static String signature(Class<?> type, Method method) {
        return normalise(type.getName() + "#" + method.getName() + "(" + Arrays.stream(method.getParameterTypes())
                .map(Class::getTypeName).collect(Collectors.joining(",")) + ")");
    }

    private static String normalise(String entry) {
        return entry.replaceAll("\\s+", "").replace('$', '.');
    }
}
