package nl.xlascorecard.plugin.web.panel;

import java.util.List;

/** One of the request's organisations in the experience panel: CSAT, scorecard trend, open follow-ups. */
public final class PanelOrganisation {

    private final long id;
    private final String name;
    private final String url;
    private final String csatText;
    private final String scorecardText;
    private final Trend trend;
    private final String trendText;
    private final List<PanelFollowUp> openFollowUps;
    private final String openText;
    /** XLA targets: the organisation's effective targets with their stored statuses. */
    private final List<PanelTargetStatus> targetStatuses;

    /** Direction of the overall score against the previous closed round. */
    public enum Trend {
        UP("\u25B2", "xla-trend-up"), DOWN("\u25BC", "xla-trend-down"), SAME("\u25B6", "xla-trend-same"), NONE("", "");

        private final String arrow;
        private final String cssClass;

        Trend(String arrow, String cssClass) {
            this.arrow = arrow;
            this.cssClass = cssClass;
        }
    }

    public PanelOrganisation(long id, String name, String url, String csatText, String scorecardText, Trend trend,
                      String trendText, List<PanelFollowUp> openFollowUps, String openText) {
        this(id, name, url, csatText, scorecardText, trend, trendText, openFollowUps, openText, List.of());
    }

    /** With the organisation's XLA target statuses. */
    public PanelOrganisation(long id, String name, String url, String csatText, String scorecardText, Trend trend,
                             String trendText, List<PanelFollowUp> openFollowUps, String openText,
                             List<PanelTargetStatus> targetStatuses) {
        this.targetStatuses = List.copyOf(targetStatuses);
        this.id = id;
        this.name = name;
        this.url = url;
        this.csatText = csatText;
        this.scorecardText = scorecardText;
        this.trend = trend;
        this.trendText = trendText;
        this.openFollowUps = List.copyOf(openFollowUps);
        this.openText = openText;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getUrl() {
        return url;
    }

    /** "CSAT 78% (n = 23, last 90 days)" or "No ratings in the last 90 days". */
    public String getCsatText() {
        return csatText;
    }

    public String getScorecardText() {
        return scorecardText;
    }

    /** An arrow for the eye (hidden from screen readers); {@link #getTrendText()} says it in words. */
    public String getTrendArrow() {
        return trend.arrow;
    }

    public String getTrendClass() {
        return trend.cssClass;
    }

    public String getTrendText() {
        return trendText;
    }

    public List<PanelFollowUp> getOpenFollowUps() {
        return openFollowUps;
    }

    /** XLA targets: empty when the organisation has none (or the host runs without targets). */
    public List<PanelTargetStatus> getTargetStatuses() {
        return targetStatuses;
    }

    /** "Open follow-ups: 3" or "No open follow-ups". */
    public String getOpenText() {
        return openText;
    }
}
