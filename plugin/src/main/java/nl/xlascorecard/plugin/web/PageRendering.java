package nl.xlascorecard.plugin.web;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.plugin.i18n.Messages;
import nl.xlascorecard.plugin.security.CallerResolver;

/**
 * How every page of the app is answered: require the page's web resource (the decorator writes its
 * script and style tags), render the Velocity template with {@code $page} (an immutable page DTO)
 * and {@code $text} (texts in the page's language), and send it as HTML.
 *
 * <p>{@link Messages} is the current user's (Jira: their profile language, sandbox: the visitor's
 * choice), so a page is in the same language as the rest of Jira around it.
 */
final class PageRendering {

    static final String MESSAGE_TEMPLATE = "templates/web/message.vm";

    private final TemplateRenderer renderer;
    private final PageBuilderService pageBuilder;
    private final Messages messages;

    PageRendering(TemplateRenderer renderer, PageBuilderService pageBuilder, Messages messages) {
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.messages = messages;
    }

    Messages messages() {
        return messages;
    }

    /** "nl" or "en": the page's language, for the script's number and date formats and REST calls. */
    String languageTag() {
        return "nl".equals(messages.locale().getLanguage()) ? "nl" : "en";
    }

    /**
     * The logged-in caller, or empty after sending the visitor to Jira's log-in page (every page of
     * the app needs a user).
     */
    Optional<Caller> loggedIn(CallerResolver callers, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<Caller> caller = callers.current();
        if (caller.isEmpty()) {
            LoginRedirect.send(request, response);
        }
        return caller;
    }

    /**
     * The logged-in caller who may open the page, or empty after sending the log-in redirect or the
     * 403 page with {@code forbiddenKey}. The page's REST calls and the core check every action again:
     * this only spares a visitor a page they cannot use.
     */
    Optional<Caller> admit(CallerResolver callers, HttpServletRequest request, HttpServletResponse response,
                           Predicate<Caller> allowed, String forbiddenKey) throws IOException {
        Optional<Caller> caller = loggedIn(callers, request, response);
        if (caller.isPresent() && !allowed.test(caller.get())) {
            renderMessage(request, response, HttpServletResponse.SC_FORBIDDEN, "xla.web.forbidden.title", forbiddenKey);
            return Optional.empty();
        }
        return caller;
    }

    void render(HttpServletResponse response, String template, String webResource, Object page) throws IOException {
        pageBuilder.assembler().resources().requireWebResource(webResource);
        send(response, HttpServletResponse.SC_OK, template, page);
    }

    /** A short page with a heading and one sentence: not found, not allowed. */
    void renderMessage(HttpServletRequest request, HttpServletResponse response, int status, String titleKey,
                       String messageKey) throws IOException {
        MessagePage page = new MessagePage(messages.text(titleKey), messages.text(messageKey),
                request.getContextPath() + OrganisationsServlet.PATH, messages.text("xla.web.organisations.back"));
        send(response, status, MESSAGE_TEMPLATE, page);
    }

    private void send(HttpServletResponse response, int status, String template, Object page) throws IOException {
        // Render completely before writing, so a template failure never leaves half a page behind.
        StringWriter html = new StringWriter();
        renderer.render(template, Map.of("page", page, "text", new PageText(messages)), html);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(html.toString());
    }
}
