package nl.xlascorecard.plugin.web.panel;

import java.util.List;

/**
 * What {@code experience-panel.vm} shows beside JSM's SLA panel, built by
 * {@link ExperiencePanelBuilder}. Three shapes: hidden (no request, nobody logged in, or no
 * organisation the viewer may see: the template renders nothing), failed (a short message, the issue
 * view carries on), or shown.
 */
public final class ExperiencePanel {

    private final boolean shown;
    private final String message;
    private final String requestKey;
    private final PanelRating rating;
    private final PanelFollowUp followUp;
    private final List<PanelOrganisation> organisations;
    private final String contextPath;
    private final String languageTag;
    private final boolean canCreateAction;

    private ExperiencePanel(boolean shown, String message, String requestKey, PanelRating rating,
                            PanelFollowUp followUp, List<PanelOrganisation> organisations, String contextPath,
                            String languageTag, boolean canCreateAction) {
        this.shown = shown;
        this.message = message;
        this.requestKey = requestKey;
        this.rating = rating;
        this.followUp = followUp;
        this.organisations = List.copyOf(organisations);
        this.contextPath = contextPath;
        this.languageTag = languageTag;
        this.canCreateAction = canCreateAction;
    }

    public static ExperiencePanel hidden() {
        return new ExperiencePanel(false, null, "", null, null, List.of(), "", "en", false);
    }

    public static ExperiencePanel failed(String message) {
        return new ExperiencePanel(true, message, "", null, null, List.of(), "", "en", false);
    }

    public static ExperiencePanel shown(String requestKey, PanelRating rating, PanelFollowUp followUp,
                                 List<PanelOrganisation> organisations, String contextPath, String languageTag,
                                 boolean canCreateAction) {
        return new ExperiencePanel(true, null, requestKey, rating, followUp, organisations, contextPath, languageTag,
                canCreateAction);
    }

    public boolean isShown() {
        return shown;
    }

    /** Set instead of the data when the panel could not be built. */
    public String getMessage() {
        return message;
    }

    public String getRequestKey() {
        return requestKey;
    }

    /** {@code null} when the request has not been rated. */
    public PanelRating getRating() {
        return rating;
    }

    /** {@code null} when the request has no follow-up. */
    public PanelFollowUp getFollowUp() {
        return followUp;
    }

    public List<PanelOrganisation> getOrganisations() {
        return organisations;
    }

    public String getContextPath() {
        return contextPath;
    }

    public String getLanguageTag() {
        return languageTag;
    }

    /** Whether the log-call dialog offers an improvement action (service managers; REST checks again). */
    public boolean isCanCreateAction() {
        return canCreateAction;
    }
}
