package nl.xlascorecard.plugin.web.panel;

/**
 * One XLA target of an organisation in the experience panel: its status as a lozenge whose text
 * says the status (not colour alone) and the measure's name.
 */
public final class PanelTargetStatus {

    private final String status;
    private final String statusText;
    private final String lozenge;
    private final String name;

    public PanelTargetStatus(String status, String statusText, String lozenge, String name) {
        this.status = status;
        this.statusText = statusText;
        this.lozenge = lozenge;
        this.name = name;
    }

    /** MET, AT_RISK, BREACHED or NO_DATA (for scripts and tests). */
    public String getStatus() {
        return status;
    }

    public String getStatusText() {
        return statusText;
    }

    /** The AUI lozenge class: green met, yellow at risk, red breached, grey no data. */
    public String getLozenge() {
        return lozenge;
    }

    /** The measure, with its category for a scorecard category target. */
    public String getName() {
        return name;
    }
}
