package nl.xlascorecard.sandbox.webpanel;

/**
 * One web panel's output for a page.
 *
 * @param key   the module key
 * @param label the panel's heading in the visitor's language, or {@code null} when it has no label
 * @param html  the rendered template (already escaped by the renderer); {@code null} when it failed
 */
public record RenderedPanel(String key, String label, String html) {

    public boolean failed() {
        return html == null;
    }
}
