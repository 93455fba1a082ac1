package nl.xlascorecard.core.target.domain;

/**
 * How an organisation does against one target (docs/decisions-targets.md). Declared from best to
 * worst except NO_DATA, which says nothing about the experience: {@link #worse} ranks it below
 * MET and above AT_RISK, so an organisation with a breach is never shown as "no data".
 */
public enum TargetStatus {
    MET(0),
    NO_DATA(1),
    AT_RISK(2),
    BREACHED(3);

    private final int severity;

    TargetStatus(int severity) {
        this.severity = severity;
    }

    /** The worse of the two; {@code other} may be {@code null} (no status yet). */
    public TargetStatus worse(TargetStatus other) {
        return other == null || severity >= other.severity ? this : other;
    }

    /** True when the experience fails or nearly fails the target: what makes a watermelon red inside. */
    public boolean isRed() {
        return this == AT_RISK || this == BREACHED;
    }
}
