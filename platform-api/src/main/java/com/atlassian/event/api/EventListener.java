package com.atlassian.event.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). Marks a public one-argument method of a
 * registered listener as the receiver of events of the argument's type.
 * Source: https://docs.atlassian.com/atlassian-event/latest/com/atlassian/event/api/EventListener.html
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EventListener {
}
