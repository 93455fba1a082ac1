package com.atlassian.event.api;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). Atlassian's event bus: registered
 * objects get events through their {@link EventListener} methods.
 * Source: https://docs.atlassian.com/atlassian-event/latest/com/atlassian/event/api/EventPublisher.html
 */
public interface EventPublisher {

    void publish(Object event);

    void register(Object listener);

    void unregister(Object listener);
}
