package nl.xlascorecard.sandbox.velocity;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;

import org.apache.velocity.runtime.parser.node.AbstractExecutor;
import org.apache.velocity.runtime.parser.node.BooleanPropertyExecutor;
import org.apache.velocity.runtime.parser.node.GetExecutor;
import org.apache.velocity.runtime.parser.node.MapGetExecutor;
import org.apache.velocity.runtime.parser.node.PropertyExecutor;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.apache.velocity.util.introspection.VelPropertySet;

import com.atlassian.velocity.htmlsafe.HtmlSafe;

/**
 * Velocity's introspection with Jira's two rules added:
 * <ul>
 * <li>every method a template calls, directly ({@code $a.b()}) or as a property ({@code $a.b}),
 * must be on the {@link MethodAllowlist}; otherwise rendering fails with
 * {@link MethodNotAllowedException};</li>
 * <li>what a method annotated {@code @HtmlSafe} returns is marked as {@link HtmlSafeString}, so the
 * auto-escaping leaves it alone; calls on such a value go to the String inside.</li>
 * </ul>
 * Templates may not set properties ({@code #set($a.b = ...)}): page DTOs are immutable.
 */
public final class AllowlistUberspector extends UberspectImpl {

    /** Application attribute of the engine holding the {@link MethodAllowlist}. */
    public static final String ALLOWLIST = MethodAllowlist.class.getName();

    private MethodAllowlist allowlist;

    @Override
    public void init() {
        super.init();
        allowlist = (MethodAllowlist) rsvc.getApplicationAttribute(ALLOWLIST);
        if (allowlist == null) {
            throw new IllegalStateException("The Velocity engine has no method allowlist");
        }
    }

    @Override
    public VelMethod getMethod(Object obj, String methodName, Object[] args, Info info) {
        if (obj instanceof HtmlSafeString safe) {
            VelMethod onString = getMethod(safe.toString(), methodName, args, info);
            return onString == null ? null : new UnwrappingMethod(onString);
        }
        VelMethod method = super.getMethod(obj, methodName, args, info);
        if (method == null) {
            return null;
        }
        Method target = method.getMethod();
        check(target, info);
        return isHtmlSafe(target) ? new HtmlSafeMethod(method) : method;
    }

    /** The same executors, in the same order, as Velocity's own lookup, each checked against the allowlist. */
    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info info) {
        if (obj == null) {
            return null;
        }
        if (obj instanceof HtmlSafeString safe) {
            VelPropertyGet onString = getPropertyGet(safe.toString(), identifier, info);
            return onString == null ? null : new UnwrappingGetter(onString);
        }
        Class<?> type = obj.getClass();
        AbstractExecutor executor = new PropertyExecutor(log, introspector, type, identifier);
        if (!executor.isAlive()) {
            executor = new MapGetExecutor(log, obj, identifier);
        }
        if (!executor.isAlive()) {
            executor = new GetExecutor(log, introspector, type, identifier);
        }
        if (!executor.isAlive()) {
            executor = new BooleanPropertyExecutor(log, introspector, type, identifier);
        }
        if (!executor.isAlive()) {
            return null;
        }
        Method target = executor.getMethod();
        check(target, info);
        VelPropertyGet getter = new VelGetterImpl(executor);
        return isHtmlSafe(target) ? new HtmlSafeGetter(getter) : getter;
    }

    @Override
    public VelPropertySet getPropertySet(Object obj, String identifier, Object arg, Info info) {
        throw new MethodNotAllowedException(obj.getClass().getName() + " property '" + identifier + "' (setting)", String.valueOf(info));
    }

    private void check(Method method, Info info) {
        if (!allowlist.allows(method)) {
            throw new MethodNotAllowedException(MethodAllowlist.signature(method.getDeclaringClass(), method), String.valueOf(info));
        }
    }

    static boolean isHtmlSafe(Method method) {
        if (method.isAnnotationPresent(HtmlSafe.class)) {
            return true;
        }
        // An @HtmlSafe on an interface method counts for its implementations, as in Jira.
        return Arrays.stream(method.getDeclaringClass().getInterfaces()).anyMatch(type -> {
            try {
                return type.getMethod(method.getName(), method.getParameterTypes()).isAnnotationPresent(HtmlSafe.class);
            } catch (NoSuchMethodException e) {
                return false;
            }
        });
    }

    private static Object markSafe(Object value) {
        return value instanceof CharSequence text ? new HtmlSafeString(text.toString()) : value;
    }

    private static Object unwrap(Object value) {
        return value instanceof HtmlSafeString safe ? safe.toString() : value;
    }

    /** A method whose result is marked safe HTML. */
    private record HtmlSafeMethod(VelMethod delegate) implements VelMethod {
        @Override
        public Object invoke(Object o, Object[] params) throws IllegalAccessException, InvocationTargetException {
            return markSafe(delegate.invoke(o, params));
        }

        @Override
        public boolean isCacheable() {
            return delegate.isCacheable();
        }

        @Override
        public String getMethodName() {
            return delegate.getMethodName();
        }

        @Override
        public Method getMethod() {
            return delegate.getMethod();
        }

        @Override
        public Class<?> getReturnType() {
            return delegate.getReturnType();
        }
    }

    /** A String method called on an {@link HtmlSafeString}. */
    private record UnwrappingMethod(VelMethod delegate) implements VelMethod {
        @Override
        public Object invoke(Object o, Object[] params) throws IllegalAccessException, InvocationTargetException {
            return delegate.invoke(unwrap(o), params);
        }

        @Override
        public boolean isCacheable() {
            return delegate.isCacheable();
        }

        @Override
        public String getMethodName() {
            return delegate.getMethodName();
        }

        @Override
        public Method getMethod() {
            return delegate.getMethod();
        }

        @Override
        public Class<?> getReturnType() {
            return delegate.getReturnType();
        }
    }

    private record HtmlSafeGetter(VelPropertyGet delegate) implements VelPropertyGet {
        @Override
        public Object invoke(Object o) throws Exception {
            return markSafe(delegate.invoke(o));
        }

        @Override
        public boolean isCacheable() {
            return delegate.isCacheable();
        }

        @Override
        public String getMethodName() {
            return delegate.getMethodName();
        }
    }

    private record UnwrappingGetter(VelPropertyGet delegate) implements VelPropertyGet {
        @Override
        public Object invoke(Object o) throws Exception {
            return delegate.invoke(unwrap(o));
        }

        @Override
        public boolean isCacheable() {
            return delegate.isCacheable();
        }

        @Override
        public String getMethodName() {
            return delegate.getMethodName();
        }
    }
}
