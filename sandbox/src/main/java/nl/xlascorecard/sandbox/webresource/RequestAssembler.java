package nl.xlascorecard.sandbox.webresource;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;

/** The web resources one page has asked for so far. */
public final class RequestAssembler implements WebResourceAssembler, RequiredResources {

    private final Set<String> webResources = new LinkedHashSet<>();
    private final Set<String> contexts = new LinkedHashSet<>();

    @Override
    public RequiredResources resources() {
        return this;
    }

    @Override
    public RequiredResources requireWebResource(String moduleCompleteKey) {
        webResources.add(moduleCompleteKey);
        return this;
    }

    @Override
    public RequiredResources requireContext(String context) {
        contexts.add(context);
        return this;
    }

    public List<String> webResources() {
        return List.copyOf(webResources);
    }

    public List<String> contexts() {
        return List.copyOf(contexts);
    }
}
