package nl.xlascorecard.sandbox.velocity;

/**
 * The text returned by a method annotated {@code @HtmlSafe}: the auto-escaping leaves it as it is.
 * A CharSequence, so templates can test and compare it like the String it wraps.
 */
public final class HtmlSafeString implements CharSequence {

    private final String html;

    HtmlSafeString(String html) {
        this.html = html;
    }

    @Override
    public int length() {
        return html.length();
    }

    @Override
    public char charAt(int index) {
        return html.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return html.subSequence(start, end);
    }

    @Override
    public String toString() {
        return html;
    }
}
