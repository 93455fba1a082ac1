package nl.xlascorecard.sandbox.webresource;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;

/**
 * Request-scoped like Jira's: one instance for the plugin's servlets, whose {@link #assembler()} is
 * the assembler of the page being served on this thread (set by {@link PageDecoratorFilter}).
 */
public final class SandboxPageBuilderService implements PageBuilderService {

    private static final ThreadLocal<RequestAssembler> CURRENT = new ThreadLocal<>();

    @Override
    public WebResourceAssembler assembler() {
        RequestAssembler assembler = CURRENT.get();
        if (assembler == null) {
            throw new IllegalStateException("No page is being served on this thread: web resources can only be required"
                    + " while a /plugins/servlet/ request is handled");
        }
        return assembler;
    }

    static void begin(RequestAssembler assembler) {
        CURRENT.set(assembler);
    }

    static void end() {
        CURRENT.remove();
    }
}
