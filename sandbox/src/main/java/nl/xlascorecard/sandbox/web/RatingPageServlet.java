package nl.xlascorecard.sandbox.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.xlascorecard.core.shared.FieldError;
import nl.xlascorecard.core.shared.NotFoundException;
import nl.xlascorecard.core.shared.Role;
import nl.xlascorecard.core.shared.ValidationException;
import nl.xlascorecard.plugin.i18n.Messages;
import nl.xlascorecard.sandbox.auth.CurrentVisitor;
import nl.xlascorecard.sandbox.auth.DemoUser;
import nl.xlascorecard.sandbox.auth.Visitor;
import nl.xlascorecard.sandbox.servicedesk.CustomerRatings;
import nl.xlascorecard.sandbox.servicedesk.ServiceRequest;

/**
 * {@code /servicedesk/customer/ratings}: JSM's customer feedback, simulated. A customer sees their
 * resolved requests and rates each with 1 to 5 stars and an optional comment (again, to change it).
 * Plain HTML forms (radio buttons in a fieldset, labelled text area) so it works by keyboard and
 * without script; the rating goes to the app through {@link CustomerRatings}.
 */
public final class RatingPageServlet extends HttpServlet {

    public static final String PATH = "/servicedesk/customer/ratings";
    private static final long serialVersionUID = 1L;

    private final transient CustomerRatings ratings;
    private final transient Function<Locale, Messages> appMessages;

    public RatingPageServlet(CustomerRatings ratings, Function<Locale, Messages> appMessages) {
        this.ratings = ratings;
        this.appMessages = appMessages;
    }

    /** What a rejected form showed: the request, the values entered, and the messages per field. */
    private record Rejected(String requestKey, String rating, String comment, Map<String, String> errors) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Visitor visitor = CurrentVisitor.get();
        DemoUser user = visitor.user().orElseThrow(() -> new IllegalStateException("The authentication filter lets no anonymous visitor in"));
        SandboxText text = new SandboxText(visitor.locale());
        if (!user.roles().contains(Role.CUSTOMER)) {
            SandboxPage.message(response, HttpServletResponse.SC_FORBIDDEN, text, "sandbox.rating.customersOnly");
            return;
        }
        render(request, response, user, text, HttpServletResponse.SC_OK, request.getParameter("rated"), null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        Visitor visitor = CurrentVisitor.get();
        DemoUser user = visitor.user().orElseThrow(() -> new IllegalStateException("The authentication filter lets no anonymous visitor in"));
        SandboxText text = new SandboxText(visitor.locale());
        if (!user.roles().contains(Role.CUSTOMER)) {
            SandboxPage.message(response, HttpServletResponse.SC_FORBIDDEN, text, "sandbox.rating.customersOnly");
            return;
        }
        if (!FormToken.isValid(request)) {
            SandboxPage.message(response, HttpServletResponse.SC_FORBIDDEN, text, "sandbox.error.formToken");
            return;
        }
        String key = request.getParameter("request");
        String rating = request.getParameter("rating");
        String comment = request.getParameter("comment");
        Integer stars = parseRating(rating);
        if (stars == null) {
            render(request, response, user, text, HttpServletResponse.SC_BAD_REQUEST, null,
                    new Rejected(key, rating, comment, Map.of("rating", text.get("sandbox.rating.choose"))));
            return;
        }
        try {
            ratings.rate(user, key, stars, comment);
        } catch (NotFoundException e) {
            SandboxPage.message(response, HttpServletResponse.SC_NOT_FOUND, text, "sandbox.request.notFound");
            return;
        } catch (ValidationException e) {
            Messages messages = appMessages.apply(visitor.locale());
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldError error : e.errors()) {
                errors.merge("comment".equals(error.field()) ? "comment" : "rating",
                        messages.text(error.messageKey(), error.args().toArray()), (a, b) -> a + " " + b);
            }
            render(request, response, user, text, HttpServletResponse.SC_BAD_REQUEST, null, new Rejected(key, rating, comment, errors));
            return;
        }
        // Post/redirect/get: reloading the page does not send the rating again.
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + PATH + "?rated=" + URLEncoder.encode(key, StandardCharsets.UTF_8));
    }

    private static Integer parseRating(String value) {
        if (value == null || !value.trim().matches("[0-9]{1,2}")) {
            return null;
        }
        return Integer.valueOf(value.trim());
    }

    private void render(HttpServletRequest request, HttpServletResponse response, DemoUser user, SandboxText text, int status,
                        String ratedKey, Rejected rejected) throws IOException {
        List<ServiceRequest> rateable = ratings.rateable(user);
        StringBuilder html = new StringBuilder(8192);
        html.append("<header class=\"aui-page-header\"><div class=\"aui-page-header-main\"><h1>").append(text.html("sandbox.rating.title"))
                .append("</h1></div></header><p>").append(text.html("sandbox.rating.intro")).append("</p>");
        if (ratedKey != null && rateable.stream().anyMatch(r -> r.key().equals(ratedKey))) {
            html.append("<div id=\"rating-thanks\" class=\"aui-message aui-message-success\" role=\"status\"><p>")
                    .append(text.html("sandbox.rating.thanks", ratedKey)).append("</p></div>");
        }
        if (rateable.isEmpty()) {
            html.append("<p id=\"no-requests\">").append(text.html("sandbox.rating.none")).append("</p>");
        }
        Locale locale = CurrentVisitor.get().locale();
        for (ServiceRequest shown : rateable) {
            html.append(form(request, shown, text, locale, rejected != null && shown.key().equals(rejected.requestKey()) ? rejected : null));
        }
        SandboxPage.write(response, status, text.get("sandbox.rating.title"), "sandbox-rating-page", html.toString());
    }

    private static String form(HttpServletRequest request, ServiceRequest shown, SandboxText text, Locale locale, Rejected rejected) {
        String id = shown.key();
        String checked = rejected != null ? rejected.rating() : shown.rating().map(f -> String.valueOf(f.rating())).orElse(null);
        String comment = rejected != null ? rejected.comment() : shown.rating().map(ServiceRequest.Feedback::comment).orElse(null);
        String ratingError = rejected == null ? null : rejected.errors().get("rating");
        String commentError = rejected == null ? null : rejected.errors().get("comment");
        StringBuilder html = new StringBuilder(2048);
        html.append("<section class=\"sandbox-rating\" id=\"request-").append(Html.escape(id)).append("\" aria-labelledby=\"title-")
                .append(Html.escape(id)).append("\"><h2 id=\"title-").append(Html.escape(id)).append("\">")
                .append(Html.escape(shown.key())).append(": ").append(Html.escape(shown.summary())).append("</h2>")
                .append("<p class=\"sandbox-rating-meta\">").append(text.html("sandbox.rating.resolvedOn",
                        SandboxPage.dateTime(shown.resolvedAt(), locale))).append(' ')
                .append(shown.rating().map(f -> text.html("sandbox.rating.current", f.rating())).orElse(text.html("sandbox.rating.notRated")))
                .append("</p>")
                .append("<form class=\"aui sandbox-rating-form\" method=\"post\" action=\"").append(Html.escape(request.getContextPath() + PATH))
                .append("\" id=\"rate-").append(Html.escape(id)).append("\">").append(FormToken.hiddenField(request))
                .append("<input type=\"hidden\" name=\"request\" value=\"").append(Html.escape(id)).append("\">")
                .append("<fieldset class=\"group\"").append(ratingError == null ? "" : " aria-describedby=\"rating-error-" + Html.escape(id) + "\"")
                .append("><legend><span>").append(text.html("sandbox.rating.question", shown.key())).append("</span></legend>");
        for (int stars = 1; stars <= 5; stars++) {
            String inputId = "rating-" + id + "-" + stars;
            html.append("<div class=\"radio\"><input class=\"radio\" type=\"radio\" name=\"rating\" required id=\"").append(Html.escape(inputId))
                    .append("\" value=\"").append(stars).append('"').append(String.valueOf(stars).equals(checked) ? " checked" : "")
                    .append("><label for=\"").append(Html.escape(inputId)).append("\"><span class=\"sandbox-stars\" aria-hidden=\"true\">")
                    .append("\u2605".repeat(stars)).append("\u2606".repeat(5 - stars)).append("</span> ")
                    .append(text.html("sandbox.rating.stars." + stars)).append("</label></div>");
        }
        if (ratingError != null) {
            html.append("<div class=\"error\" id=\"rating-error-").append(Html.escape(id)).append("\" role=\"alert\">")
                    .append(Html.escape(ratingError)).append("</div>");
        }
        html.append("</fieldset><div class=\"field-group\"><label for=\"comment-").append(Html.escape(id)).append("\">")
                .append(text.html("sandbox.rating.comment")).append("</label><textarea class=\"textarea\" rows=\"3\" name=\"comment\" id=\"comment-")
                .append(Html.escape(id)).append('"')
                .append(commentError == null ? "" : " aria-invalid=\"true\" aria-describedby=\"comment-error-" + Html.escape(id) + "\"")
                .append('>').append(Html.escape(comment)).append("</textarea>");
        if (commentError != null) {
            html.append("<div class=\"error\" id=\"comment-error-").append(Html.escape(id)).append("\" role=\"alert\">")
                    .append(Html.escape(commentError)).append("</div>");
        }
        html.append("</div><div class=\"buttons-container\"><div class=\"buttons\"><button type=\"submit\" class=\"aui-button aui-button-primary\"")
                .append(" id=\"submit-").append(Html.escape(id)).append("\">").append(text.html("sandbox.rating.submit"))
                .append("</button></div></div></form></section>\n");
        return html.toString();
    }
}
