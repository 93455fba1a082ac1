package com.atlassian.velocity.htmlsafe;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * DECLARATION ONLY. Marks a method whose return value is already safe HTML, so Jira's Velocity
 * auto-escaping leaves it as it is. Use sparingly: everything else is escaped.
 * Source: https://docs.atlassian.com/ (atlassian-velocity-htmlsafe, {@code HtmlSafe}); see also
 * "Velocity template overview" / "HTML escaping for Velocity templates" in Jira's developer docs.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD})
public @interface HtmlSafe {
}
