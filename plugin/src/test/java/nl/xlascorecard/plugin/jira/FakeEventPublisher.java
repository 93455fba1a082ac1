package nl.xlascorecard.plugin.jira;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;

/**
 * Atlassian's event bus as its javadoc describes it: a published event goes to every public
 * {@link EventListener} method of every registered object whose one parameter accepts the event.
 * A listener's exception reaches the publisher here (the real bus logs it), so a test sees it.
 */
public final class FakeEventPublisher implements EventPublisher {

    public final List<Object> listeners = new ArrayList<>();

    @Override
    public void publish(Object event) {
        for (Object listener : List.copyOf(listeners)) {
            for (Method method : listener.getClass().getMethods()) {
                if (method.isAnnotationPresent(EventListener.class) && method.getParameterCount() == 1
                        && method.getParameterTypes()[0].isInstance(event)) {
                    try {
                        method.invoke(listener, event);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    } catch (InvocationTargetException e) {
                        throw new IllegalStateException("listener threw", e.getCause());
                    }
                }
            }
        }
    }

    @Override
    public void register(Object listener) {
        listeners.add(listener);
    }

    @Override
    public void unregister(Object listener) {
        listeners.remove(listener);
    }
}
