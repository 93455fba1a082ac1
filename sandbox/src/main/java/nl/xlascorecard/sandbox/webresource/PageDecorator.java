package nl.xlascorecard.sandbox.webresource;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.xlascorecard.sandbox.auth.Visitor;
import nl.xlascorecard.sandbox.web.SandboxChrome;
import nl.xlascorecard.sandbox.web.SandboxText;

/**
 * What Jira's SiteMesh decorator does to a plugin page that asks for it with
 * {@code <meta name="decorator" content="atl.general">}: keeps the page's head and body, adds
 * AUI, the page's required web resources, the application header, and here also the
 * "sandbox, not Jira" banner. Pages without that meta tag are left as they are (as in Jira).
 */
public final class PageDecorator {

    private static final Pattern DECORATOR_META =
            Pattern.compile("<meta\\s+[^>]*name\\s*=\\s*[\"']decorator[\"'][^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEAD = Pattern.compile("<head[^>]*>(.*?)</head>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<body([^>]*)>(.*)</body>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern CHARSET_META = Pattern.compile("<meta\\s+charset[^>]*>", Pattern.CASE_INSENSITIVE);

    private final SandboxChrome chrome;

    public PageDecorator(String contextPath) {
        this.chrome = new SandboxChrome(contextPath);
    }

    public static boolean wantsDecoration(String html) {
        Matcher meta = DECORATOR_META.matcher(html);
        return meta.find() && !meta.group().toLowerCase(Locale.ROOT).contains("content=\"none\"");
    }

    /**
     * @param resourceTags the script and style tags of the page's required web resources
     * @param returnTo     the page's own address, for the language switch to come back to
     */
    public String decorate(String page, Visitor visitor, String resourceTags, String returnTo) {
        Matcher head = HEAD.matcher(page);
        Matcher body = BODY.matcher(page);
        String headContent = head.find() ? CHARSET_META.matcher(head.group(1)).replaceAll("") : "";
        String bodyAttributes = "";
        String bodyContent = page;
        if (body.find()) {
            bodyAttributes = body.group(1);
            bodyContent = body.group(2);
        }
        SandboxText text = new SandboxText(visitor.locale());
        return "<!DOCTYPE html>\n<html lang=\"" + visitor.locale().getLanguage() + "\">\n<head>\n<meta charset=\"UTF-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + chrome.headTags(visitor)
                + resourceTags
                + headContent.strip() + "\n</head>\n"
                + "<body" + bodyAttributes + ">\n<div id=\"page\">\n"
                + chrome.banner(text)
                + chrome.header(visitor, text, returnTo)
                + "<div id=\"content\">\n" + bodyContent.strip() + "\n</div>\n</div>\n</body>\n</html>\n";
    }
}
