package nl.xlascorecard.core.target.port.in;

/**
 * In-port: measure the SLA figures of every organisation for each window the overview offers
 * ({@link ReadXlaOverview#OFFERED_SLA_DAYS}) through the live SLA source and store them, so the
 * overview never asks the service desk while a user waits. Run by a background job, once per cluster.
 */
public interface RefreshSlaSnapshots {

    /**
     * Walks the directory page by page. An organisation whose figures cannot be read is logged and
     * skipped (its previous snapshots stay); the others are still refreshed.
     */
    RefreshReport refreshAll();

    /**
     * @param refreshed organisations whose snapshots were stored
     * @param failed    organisations skipped because measuring or storing failed
     */
    record RefreshReport(int refreshed, int failed) {

        @Override
        public String toString() {
            return "refreshed=" + refreshed + " failed=" + failed;
        }
    }
}
