package nl.xlascorecard.core.target.service;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.xlascorecard.core.organisation.port.out.OrganisationDirectory;
import nl.xlascorecard.core.shared.TransactionRunner;
import nl.xlascorecard.core.target.port.in.ReadXlaOverview;
import nl.xlascorecard.core.target.port.in.RefreshSlaSnapshots;
import nl.xlascorecard.core.target.port.out.SlaMetricsSource;
import nl.xlascorecard.core.target.port.out.SlaMetricsSource.SlaCycles;
import nl.xlascorecard.core.target.port.out.SlaSnapshotRepository;
import nl.xlascorecard.core.target.port.out.SlaSnapshotRepository.SlaSnapshot;

/**
 * Measures every organisation's offered SLA windows through the live source and stores them. The
 * measuring (slow: service desk calls) happens outside any transaction; each organisation's windows
 * are then stored together in one short transaction, so the figures of one organisation are never
 * half refreshed.
 */
public final class SlaSnapshotService implements RefreshSlaSnapshots {

    private static final System.Logger LOG = System.getLogger(SlaSnapshotService.class.getName());

    private final SlaMetricsSource live;
    private final SlaSnapshotRepository snapshots;
    private final OrganisationDirectory directory;
    private final TransactionRunner tx;
    private final Clock clock;

    public SlaSnapshotService(SlaMetricsSource live, SlaSnapshotRepository snapshots, OrganisationDirectory directory,
                              TransactionRunner tx, Clock clock) {
        this.live = Objects.requireNonNull(live, "live");
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.tx = Objects.requireNonNull(tx, "tx");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public RefreshReport refreshAll() {
        int[] refreshedAndFailed = new int[2];
        directory.forEachOrganisation(organisation -> {
            try {
                refresh(organisation.id());
                refreshedAndFailed[0]++;
            } catch (RuntimeException e) {
                // One organisation's failure (a JSM search refused) must not stop the others; its old snapshots stay.
                refreshedAndFailed[1]++;
                LOG.log(Level.WARNING, "Refreshing the SLA snapshots of organisation " + organisation.id() + " failed", e);
            }
        });
        return new RefreshReport(refreshedAndFailed[0], refreshedAndFailed[1]);
    }

    private void refresh(long organisationId) {
        Instant now = clock.instant();
        List<SlaSnapshot> measured = new ArrayList<>();
        // All offered windows from one read of the longest (in Jira: one JQL search, one SLA read per request).
        Map<Integer, SlaCycles> perWindow = live.cyclesPerWindow(organisationId, ReadXlaOverview.OFFERED_SLA_DAYS, now);
        for (int days : ReadXlaOverview.OFFERED_SLA_DAYS) {
            SlaCycles cycles = perWindow.getOrDefault(days, new SlaCycles(0, 0));
            measured.add(new SlaSnapshot(organisationId, days, cycles.met(), cycles.breached(), now));
        }
        tx.inTransaction(() -> {
            measured.forEach(snapshots::store);
            return null;
        });
    }
}
