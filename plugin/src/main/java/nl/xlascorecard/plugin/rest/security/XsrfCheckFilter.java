package nl.xlascorecard.plugin.rest.security;

import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import nl.xlascorecard.plugin.i18n.Messages;
import nl.xlascorecard.plugin.rest.error.ErrorBody;
import nl.xlascorecard.plugin.rest.error.ErrorResponder;

/**
 * Refuses state-changing requests that do not carry {@code X-Atlassian-Token: no-check}.
 *
 * <p>Why: a page on another site can make a logged-in user's browser POST a form to Jira, cookies
 * included (cross-site request forgery). A plain HTML form cannot set custom headers, so requiring
 * one proves the request came from script on Jira's own pages (same-origin) or from a deliberate
 * API client. Jira's REST module checks the same header; this filter is a second line that also
 * holds in hosts without Jira's check (the sandbox) and if a resource were ever excluded there.
 * Safe methods (GET, HEAD, OPTIONS) change nothing and pass.
 */
@Provider
public final class XsrfCheckFilter implements ContainerRequestFilter {

    public static final String HEADER = "X-Atlassian-Token";
    public static final String NO_CHECK = "no-check";

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "DELETE", "PATCH");

    private final ErrorResponder responder;

    @Inject
    public XsrfCheckFilter(Function<Locale, Messages> messages) {
        this.responder = new ErrorResponder(messages);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!STATE_CHANGING.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            return;
        }
        String token = request.getHeaderString(HEADER);
        if (token == null || !NO_CHECK.equalsIgnoreCase(token.trim())) {
            String text = responder.messages(request.getAcceptableLanguages()).text("xla.error.xsrf");
            request.abortWith(ErrorResponder.response(403, ErrorBody.message(text)));
        }
    }
}
