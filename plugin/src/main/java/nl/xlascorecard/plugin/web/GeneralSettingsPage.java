package nl.xlascorecard.plugin.web;

/**
 * Page DTO of {@code general-settings.vm}; the script loads the settings from REST. The links of
 * the "Configuration" list are built here, so the template only prints them.
 */
public final class GeneralSettingsPage {

    private final String contextPath;
    private final String languageTag;

    public GeneralSettingsPage(String contextPath, String languageTag) {
        this.contextPath = contextPath;
        this.languageTag = languageTag;
    }

    public String getContextPath() {
        return contextPath;
    }

    /** "nl" or "en": how the script formats texts. */
    public String getLanguageTag() {
        return languageTag;
    }

    /** This page, the first entry of the "Configuration" list. */
    public String getSettingsUrl() {
        return contextPath + GeneralSettingsServlet.PATH;
    }

    public String getTemplateUrl() {
        return contextPath + TemplateAdminServlet.PATH;
    }

    public String getFollowUpSettingsUrl() {
        return contextPath + FollowUpSettingsServlet.PATH;
    }

    public String getDefaultTargetsUrl() {
        return contextPath + DefaultTargetsServlet.PATH;
    }
}
