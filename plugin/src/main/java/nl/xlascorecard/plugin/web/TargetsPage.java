package nl.xlascorecard.plugin.web;

/**
 * Page DTO of {@code targets.vm}, which shows either one organisation's targets
 * ({@link TargetsServlet}) or the default targets for all organisations ({@link DefaultTargetsServlet}).
 * One template and one script serve both, so the table, the form and the texts stay the same; the
 * mode only changes the headings, the REST address the script uses and which columns it shows.
 */
public final class TargetsPage {

    private final boolean defaults;
    private final long id;
    private final String name;
    private final String contextPath;
    private final String languageTag;
    private final boolean canManage;
    private final boolean showDefaultsLink;

    private TargetsPage(boolean defaults, long id, String name, String contextPath, String languageTag,
                        boolean canManage, boolean showDefaultsLink) {
        this.defaults = defaults;
        this.id = id;
        this.name = name;
        this.contextPath = contextPath;
        this.languageTag = languageTag;
        this.canManage = canManage;
        this.showDefaultsLink = showDefaultsLink;
    }

    /**
     * @param canManage        whether to offer adding, changing and deleting own targets (REST checks again)
     * @param showDefaultsLink whether the caller may read the defaults page the "default" hint links to
     */
    public static TargetsPage organisation(long id, String name, String contextPath, String languageTag,
                                           boolean canManage, boolean showDefaultsLink) {
        return new TargetsPage(false, id, name, contextPath, languageTag, canManage, showDefaultsLink);
    }

    /** @param canManage whether to offer adding, changing and deleting defaults (administrators) */
    public static TargetsPage defaults(String contextPath, String languageTag, boolean canManage) {
        return new TargetsPage(true, 0, "", contextPath, languageTag, canManage, false);
    }

    /** True on the default targets page. */
    public boolean isDefaults() {
        return defaults;
    }

    /** The organisation's id; 0 on the defaults page. */
    public long getId() {
        return id;
    }

    /** The organisation's name; empty on the defaults page. */
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

    public boolean isShowDefaultsLink() {
        return showDefaultsLink;
    }

    public String getDefaultsUrl() {
        return contextPath + DefaultTargetsServlet.PATH;
    }

    public String getOrganisationsUrl() {
        return contextPath + OrganisationsServlet.PATH;
    }

    public String getOrganisationUrl() {
        return contextPath + OrganisationPageServlet.PATH + "?id=" + id;
    }
}
