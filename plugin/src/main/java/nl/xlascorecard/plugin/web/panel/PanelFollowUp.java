package nl.xlascorecard.plugin.web.panel;

/**
 * A follow-up in the experience panel: the request's own (with the "log call" action) or one of the
 * organisation's open ones. The countdown is rendered by the server and kept running by the script
 * ({@code data-minutes-left}, counted down only while {@link #isClockRunning()}).
 */
public final class PanelFollowUp {

    private final long id;
    private final long version;
    private final String requestKey;
    private final String requestUrl;
    private final boolean open;
    private final String stateText;
    private final boolean overdue;
    private final String timeText;
    private final long minutesLeft;
    private final boolean clockRunning;
    private final String dueText;
    private final String outcomeText;
    private final String ownerText;

    public PanelFollowUp(long id, long version, String requestKey, String requestUrl, boolean open, String stateText,
                  boolean overdue, String timeText, long minutesLeft, boolean clockRunning, String dueText,
                  String outcomeText, String ownerText) {
        this.id = id;
        this.version = version;
        this.requestKey = requestKey;
        this.requestUrl = requestUrl;
        this.open = open;
        this.stateText = stateText;
        this.overdue = overdue;
        this.timeText = timeText;
        this.minutesLeft = minutesLeft;
        this.clockRunning = clockRunning;
        this.dueText = dueText;
        this.outcomeText = outcomeText;
        this.ownerText = ownerText;
    }

    public long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getRequestKey() {
        return requestKey;
    }

    public String getRequestUrl() {
        return requestUrl;
    }

    public boolean isOpen() {
        return open;
    }

    public String getStateText() {
        return stateText;
    }

    /** AUI lozenge class: overdue red, open blue, done green. */
    public String getStateLozenge() {
        if (open) {
            return overdue ? "aui-lozenge-removed" : "aui-lozenge-current";
        }
        return "aui-lozenge-success";
    }

    public boolean isOverdue() {
        return overdue;
    }

    /** "3h 20m left" / "overdue by 1h 5m"; for a closed one how it ended against its due time. */
    public String getTimeText() {
        return timeText;
    }

    /** Business minutes left, negative when overdue: what the script counts down from. */
    public long getMinutesLeft() {
        return minutesLeft;
    }

    public boolean isClockRunning() {
        return clockRunning;
    }

    public String getDueText() {
        return dueText;
    }

    /** The last call's outcome and the attempts so far, "" before the first call. */
    public String getOutcomeText() {
        return outcomeText;
    }

    /** Who calls: "Owner: " and the assignee's display name, or the service-manager group. */
    public String getOwnerText() {
        return ownerText;
    }
}
