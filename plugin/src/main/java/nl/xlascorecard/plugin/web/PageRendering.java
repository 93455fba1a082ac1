package nl.xlascorecard.plugin.web;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.xlascorecard.plugin.i18n.Messages;

/**
 * How every page of the app is answered: require the page's web resource (the decorator writes its
 * script and style tags), render the Velocity template with {@code $page} (an immutable page DTO)
 * and {@code $text} (texts in the page's language), and send it as HTML.
 */
final class PageRendering {

    static final String MESSAGE_TEMPLATE = "templates/web/message.vm";

    private final TemplateRenderer renderer;
    private final PageBuilderService pageBuilder;
    private final Function<Locale, Messages> messages;

    PageRendering(TemplateRenderer renderer, PageBuilderService pageBuilder, Function<Locale, Messages> messages) {
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.messages = messages;
    }

    Messages messages(HttpServletRequest request) {
        return messages.apply(PageLocale.of(request));
    }

    void render(HttpServletRequest request, HttpServletResponse response, String template, String webResource,
                Object page) throws IOException {
        pageBuilder.assembler().resources().requireWebResource(webResource);
        send(response, HttpServletResponse.SC_OK, template, page, messages(request));
    }

    /** A short page with a heading and one sentence: not found, not allowed. */
    void renderMessage(HttpServletRequest request, HttpServletResponse response, int status, String titleKey,
                       String messageKey) throws IOException {
        Messages text = messages(request);
        MessagePage page = new MessagePage(text.text(titleKey), text.text(messageKey),
                request.getContextPath() + OrganisationsServlet.PATH, text.text("xla.web.organisations.back"));
        send(response, status, MESSAGE_TEMPLATE, page, text);
    }

    private void send(HttpServletResponse response, int status, String template, Object page, Messages text)
            throws IOException {
        // Render completely before writing, so a template failure never leaves half a page behind.
        StringWriter html = new StringWriter();
        renderer.render(template, Map.of("page", page, "text", new PageText(text)), html);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(html.toString());
    }
}
