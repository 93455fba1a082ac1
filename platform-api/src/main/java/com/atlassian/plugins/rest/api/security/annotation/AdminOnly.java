package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * DECLARATION ONLY. REST v2 access criterion: only users with administrator privileges.
 * On a resource class it applies to every method; on a method it applies to that method.
 * Source: https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints
 * (annotations in {@code com.atlassian.plugins.rest.api.security.annotation}, atlassian-rest-v2-api).
 * Declared for types and methods only, the places this app uses it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AdminOnly {
}
