package com.atlassian.webresource.api.assembler;

/**
 * DECLARATION ONLY. Request-scoped access to the page's web-resource assembler: a servlet calls
 * {@code assembler().resources().requireWebResource("plugin.key:module-key")} and the page
 * decorator writes the script and style tags.
 * Source: https://docs.atlassian.com/atlassian-plugins-webresource/ ({@code PageBuilderService}).
 */
public interface PageBuilderService {

    WebResourceAssembler assembler();
}
