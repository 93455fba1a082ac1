package nl.xlascorecard.sandbox.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The app's clock in the sandbox: the configured clock, except while the demo data generator sets
 * it to a moment in the past, so demo rounds are opened and closed, and responses given, on
 * believable dates instead of all "now".
 */
public final class AdjustableClock extends Clock {

    private final Clock base;
    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    public AdjustableClock(Clock base) {
        this.base = base;
    }

    /** From now on, until {@link #reset()}, the clock reads {@code instant}. */
    public void set(Instant instant) {
        fixed.set(instant);
    }

    public void reset() {
        fixed.set(null);
    }

    /** The configured clock's time, whatever is set. */
    public Instant realInstant() {
        return base.instant();
    }

    @Override
    public Instant instant() {
        Instant set = fixed.get();
        return set != null ? set : base.instant();
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        AdjustableClock copy = new AdjustableClock(base.withZone(zone));
        copy.fixed.set(fixed.get());
        return copy;
    }
}
