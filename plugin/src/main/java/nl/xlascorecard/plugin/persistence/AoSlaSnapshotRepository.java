package nl.xlascorecard.plugin.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.DBParam;
import net.java.ao.Query;

import nl.xlascorecard.core.target.port.out.SlaSnapshotRepository;
import nl.xlascorecard.plugin.persistence.ao.SlaSnapshotAo;

/**
 * SLA snapshots in {@code SLA_SNAPSHOT}, one row per organisation and window length (unique
 * {@code SNAPSHOT_KEY}). The first store of a pair inserts; when two nodes do so at once the loser's
 * unique violation becomes a {@link UniqueKeyRace}, its unit of work is run again and then updates
 * the winner's row. An update never moves a row back to an older measurement.
 */
public final class AoSlaSnapshotRepository implements SlaSnapshotRepository {

    private final ActiveObjects ao;
    private final AoTransactionRunner tx;

    public AoSlaSnapshotRepository(ActiveObjects ao, AoTransactionRunner tx) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    static String snapshotKey(long organisationId, int days) {
        return organisationId + ":" + days;
    }

    @Override
    public void store(SlaSnapshot snapshot) {
        tx.inTransaction(() -> {
            String key = snapshotKey(snapshot.organisationId(), snapshot.days());
            long millis = snapshot.measuredAt().toEpochMilli();
            SlaSnapshotAo[] rows = ao.find(SlaSnapshotAo.class, Query.select().where("SNAPSHOT_KEY = ?", key));
            if (rows.length == 0) {
                insert(key, snapshot, millis);
                return null;
            }
            SlaSnapshotAo row = rows[0];
            if (row.getMeasuredAt() <= millis) {
                row.setMet(snapshot.met());
                row.setBreached(snapshot.breached());
                row.setMeasuredAt(millis);
                row.save();
            }
            return null;
        });
    }

    @Override
    public Map<Long, SlaSnapshot> ofOrganisations(Collection<Long> organisationIds, int days) {
        Map<Long, SlaSnapshot> found = new HashMap<>();
        InClause.chunked("ORG_ID", organisationIds, (where, params) -> {
            Object[] withDays = new Object[params.length + 1];
            System.arraycopy(params, 0, withDays, 0, params.length);
            withDays[params.length] = days;
            return ao.find(SlaSnapshotAo.class, Query.select().where(where + " AND WINDOW_DAYS = ?", withDays));
        }).forEach(row -> found.put(row.getOrgId(), toDomain(row)));
        return found;
    }

    private void insert(String key, SlaSnapshot snapshot, long millis) {
        try {
            ao.create(SlaSnapshotAo.class, new DBParam("SNAPSHOT_KEY", key),
                    new DBParam("ORG_ID", snapshot.organisationId()), new DBParam("WINDOW_DAYS", snapshot.days()),
                    new DBParam("MET", snapshot.met()), new DBParam("BREACHED", snapshot.breached()),
                    new DBParam("MEASURED_AT", millis));
        } catch (RuntimeException e) {
            if (UniqueViolations.isUniqueViolation(e)) {
                throw new UniqueKeyRace("SLA snapshot " + key, e);
            }
            throw e;
        }
    }

    private static SlaSnapshot toDomain(SlaSnapshotAo row) {
        return new SlaSnapshot(row.getOrgId(), row.getWindowDays(), row.getMet(), row.getBreached(),
                Instant.ofEpochMilli(row.getMeasuredAt()));
    }
}
