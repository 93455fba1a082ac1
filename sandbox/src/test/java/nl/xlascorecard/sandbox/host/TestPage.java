package nl.xlascorecard.sandbox.host;

import com.atlassian.velocity.htmlsafe.HtmlSafe;

/** A page DTO for template tests: a title (escaped), an *Html getter and an @HtmlSafe getter (not escaped). */
public final class TestPage {

    private final String title;

    public TestPage(String title) {
        this.title = title;
    }

    public String getTitle() {
        return title;
    }

    public String getSummaryHtml() {
        return "<em>summary</em>";
    }

    @HtmlSafe
    public String getSafeMarkup() {
        return "<strong>safe</strong>";
    }

    /** Not on any allowlist: calling it from a template must fail. */
    public String secret() {
        return "secret";
    }
}
