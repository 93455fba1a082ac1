package com.atlassian.webresource.api.assembler;

/**
 * DECLARATION ONLY. The resources required so far; methods return {@code this} for chaining.
 * Source: https://docs.atlassian.com/atlassian-plugins-webresource/ ({@code RequiredResources}).
 */
public interface RequiredResources {

    /** @param moduleCompleteKey {@code pluginKey:webResourceModuleKey} */
    RequiredResources requireWebResource(String moduleCompleteKey);

    RequiredResources requireContext(String context);
}
