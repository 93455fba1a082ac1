package com.atlassian.plugins.osgi.javaconfig;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). Atlassian's helper library for Spring
 * Java configuration of P2 apps ({@code com.atlassian.plugins:atlassian-plugins-osgi-javaconfig}):
 * {@code @Bean(destroyMethod = "") public Foo foo() { return importOsgiService(Foo.class); }}
 * imports a service that Jira or another app exports to OSGi.
 * Source: https://developer.atlassian.com/server/framework/atlassian-sdk/spring-java-config/ and
 * .../spring-java-config-plugin-xml/ ("Importing services from OSGi").
 */
public final class OsgiServices {

    private OsgiServices() {
    }

    /**
     * A proxy to the OSGi service of this type. Only Jira's plugin framework can supply one: outside
     * Jira (this declaration) there is no OSGi registry, so it fails loudly instead of returning a
     * half-working object.
     */
    public static <T> T importOsgiService(Class<T> serviceClass) {
        throw new IllegalStateException("OSGi services exist only inside Jira: " + serviceClass.getName());
    }
}
