package nl.xlascorecard.core.target.domain;

/**
 * SLA cycles of an organisation's requests in a window: completed cycles that met or breached their
 * goal (JSM's SLA information).
 *
 * @param percent 100 x met / total, {@code null} when there is no cycle
 * @param days    the window, in days up to now
 */
public record SlaFigures(long met, long breached, long total, Double percent, int days) {

    public static SlaFigures of(long met, long breached, int days) {
        if (met < 0 || breached < 0) {
            throw new IllegalArgumentException("negative count");
        }
        long total = met + breached;
        return new SlaFigures(met, breached, total, total == 0 ? null : 100.0 * met / total, days);
    }
}
