package nl.xlascorecard.plugin.web;

/**
 * Complete keys of the app's web resources (section 4 of {@code atlassian-plugin.xml}). The plugin
 * key is the one the build writes into the descriptor ({@code atlassian.plugin.key} in the pom).
 */
public final class WebResources {

    public static final String PLUGIN_KEY = "nl.xlascorecard.xla-scorecard";

    public static final String ORGANISATIONS_PAGE = PLUGIN_KEY + ":organisations-page";
    public static final String ORGANISATION_PAGE = PLUGIN_KEY + ":organisation-page";
    public static final String TEMPLATE_ADMIN_PAGE = PLUGIN_KEY + ":template-admin-page";
    public static final String EXPERIENCE_PANEL = PLUGIN_KEY + ":experience-panel";
    public static final String FOLLOW_UP_QUEUE_PAGE = PLUGIN_KEY + ":follow-up-queue-page";
    public static final String FOLLOW_UP_SETTINGS_PAGE = PLUGIN_KEY + ":follow-up-settings-page";
    public static final String GENERAL_SETTINGS_PAGE = PLUGIN_KEY + ":general-settings-page";
    // XLA targets
    public static final String TARGETS_PAGE = PLUGIN_KEY + ":targets-page";

    private WebResources() {
    }
}
