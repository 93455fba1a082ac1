package nl.xlascorecard.plugin.web;

/**
 * Page DTO of {@code organisation.vm}. Only what the first paint and a reader without JavaScript
 * need (name, headings); the page's script loads rounds, results and actions from REST.
 */
public final class OrganisationPage {

    private final long id;
    private final String name;
    private final String contextPath;
    private final String languageTag;
    private final boolean canManage;

    /**
     * @param canManage whether to offer planning, responses and actions (REST checks again)
     */
    public OrganisationPage(long id, String name, String contextPath, String languageTag, boolean canManage) {
        this.id = id;
        this.name = name;
        this.contextPath = contextPath;
        this.languageTag = languageTag;
        this.canManage = canManage;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getContextPath() {
        return contextPath;
    }

    /** "nl" or "en": how the script formats numbers and dates. */
    public String getLanguageTag() {
        return languageTag;
    }

    public boolean isCanManage() {
        return canManage;
    }
}
