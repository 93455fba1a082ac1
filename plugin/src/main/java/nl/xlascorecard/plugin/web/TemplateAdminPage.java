package nl.xlascorecard.plugin.web;

/** Page DTO of {@code template-admin.vm}; the script loads the template versions from REST. */
public final class TemplateAdminPage {

    private final String contextPath;
    private final String languageTag;

    public TemplateAdminPage(String contextPath, String languageTag) {
        this.contextPath = contextPath;
        this.languageTag = languageTag;
    }

    public String getContextPath() {
        return contextPath;
    }

    /** "nl" or "en": how the script formats dates. */
    public String getLanguageTag() {
        return languageTag;
    }
}
