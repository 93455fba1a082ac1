package nl.xlascorecard.sandbox.wiring;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * A generic type as a value, e.g. {@code new TypeRef<Function<Locale, Messages>>() {}.type()}, for
 * registering components that constructors ask for by a generic type.
 */
public abstract class TypeRef<T> {

    public Type type() {
        return ((ParameterizedType) getClass().getGenericSuperclass()).getActualTypeArguments()[0];
    }
}
