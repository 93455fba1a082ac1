package nl.xlascorecard.core.target.domain;

import java.util.Objects;

/**
 * Over which data a target is measured: the last {@code days} days up to the evaluation, or the
 * organisation's latest closed round ({@code days} is then {@code null}).
 */
public record TargetWindow(Kind kind, Integer days) {

    public static final int MIN_DAYS = 1;
    /** Ten years: longer than any retention of raw data the app keeps. */
    public static final int MAX_DAYS = 3660;

    public enum Kind {
        ROLLING_DAYS,
        LATEST_CLOSED_ROUND
    }

    public TargetWindow {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.ROLLING_DAYS && (days == null || days < MIN_DAYS || days > MAX_DAYS)) {
            throw new IllegalArgumentException("rolling window of " + days + " days");
        }
        if (kind == Kind.LATEST_CLOSED_ROUND && days != null) {
            throw new IllegalArgumentException("latest closed round has no days");
        }
    }

    public static TargetWindow rollingDays(int days) {
        return new TargetWindow(Kind.ROLLING_DAYS, days);
    }

    public static TargetWindow latestClosedRound() {
        return new TargetWindow(Kind.LATEST_CLOSED_ROUND, null);
    }

    public boolean isRolling() {
        return kind == Kind.ROLLING_DAYS;
    }
}
