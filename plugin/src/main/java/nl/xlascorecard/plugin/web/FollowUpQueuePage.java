package nl.xlascorecard.plugin.web;

/**
 * Page DTO of {@code follow-up-queue.vm}; the script loads the queue, the organisations for the
 * filter and the metrics from REST.
 */
public final class FollowUpQueuePage {

    private final String contextPath;
    private final String languageTag;
    private final String userKey;
    private final boolean canManage;

    /**
     * @param userKey   the viewer's user key, for the "my follow-ups" filter
     * @param canManage whether to offer an improvement action in the log-call dialog (REST checks again)
     */
    public FollowUpQueuePage(String contextPath, String languageTag, String userKey, boolean canManage) {
        this.contextPath = contextPath;
        this.languageTag = languageTag;
        this.userKey = userKey;
        this.canManage = canManage;
    }

    public String getContextPath() {
        return contextPath;
    }

    /** "nl" or "en": how the script formats numbers and dates. */
    public String getLanguageTag() {
        return languageTag;
    }

    public String getUserKey() {
        return userKey;
    }

    public boolean isCanManage() {
        return canManage;
    }
}
