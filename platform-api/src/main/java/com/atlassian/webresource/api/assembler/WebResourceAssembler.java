package com.atlassian.webresource.api.assembler;

/**
 * DECLARATION ONLY. Collects the resources a page needs.
 * Source: https://docs.atlassian.com/atlassian-plugins-webresource/ ({@code WebResourceAssembler}).
 */
public interface WebResourceAssembler {

    RequiredResources resources();
}
