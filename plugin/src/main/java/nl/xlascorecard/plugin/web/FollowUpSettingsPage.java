package nl.xlascorecard.plugin.web;

/** Page DTO of {@code follow-up-settings.vm}; the script loads the settings from REST. */
public final class FollowUpSettingsPage {

    private final String contextPath;
    private final String languageTag;

    public FollowUpSettingsPage(String contextPath, String languageTag) {
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
}
