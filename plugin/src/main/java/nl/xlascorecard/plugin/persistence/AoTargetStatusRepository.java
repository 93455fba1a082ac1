package nl.xlascorecard.plugin.persistence;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.DBParam;
import net.java.ao.Query;

import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.core.target.domain.StatusChange;
import nl.xlascorecard.core.target.domain.TargetState;
import nl.xlascorecard.core.target.domain.TargetStatus;
import nl.xlascorecard.core.target.port.out.TargetStatusRepository;
import nl.xlascorecard.plugin.persistence.ao.TargetHistoryAo;
import nl.xlascorecard.plugin.persistence.ao.TargetStatusAo;

/**
 * Current statuses in {@code TARGET_STATUS} (unique per organisation and target) and their changes
 * in {@code TARGET_HISTORY} (unique per status row version). How concurrent evaluations stay single:
 * <ul>
 * <li>first evaluation: the unique {@code STATUS_KEY} lets one insert win; the loser's unit of work
 *     is run again ({@link UniqueKeyRace}) and then finds the winner's row;</li>
 * <li>a changed outcome: the row is locked ({@link OptimisticLock#lockRow}) and its version
 *     re-read; if another evaluation changed it meanwhile the unit of work is run again on fresh
 *     data; the history row's key holds the new version, so it can exist only once.</li>
 * </ul>
 */
public final class AoTargetStatusRepository implements TargetStatusRepository {

    private final ActiveObjects ao;
    private final AoTransactionRunner tx;

    public AoTargetStatusRepository(ActiveObjects ao, AoTransactionRunner tx) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    static String statusKey(long organisationId, long targetId) {
        return organisationId + ":" + targetId;
    }

    @Override
    public StatusChange record(long organisationId, long targetId, TargetStatus status, Double value, long n, Instant at) {
        return tx.inTransaction(() -> {
            String key = statusKey(organisationId, targetId);
            TargetStatusAo[] rows = ao.find(TargetStatusAo.class, Query.select().where("STATUS_KEY = ?", key));
            long millis = at.toEpochMilli();
            if (rows.length == 0) {
                long version = nextVersionAfterHistory(organisationId, targetId);
                insertStatus(key, organisationId, targetId, status, value, n, millis, version);
                return history(key, version, organisationId, targetId, null, status, value, n, at);
            }
            TargetStatusAo row = rows[0];
            TargetStatus old = TargetStatus.valueOf(row.getStatus());
            if (old == status && Objects.equals(row.getMeasuredValue(), value) && row.getDataPoints() == n) {
                row.setEvaluatedAt(Math.max(millis, row.getEvaluatedAt()));
                row.save();
                return null;
            }
            long version = row.getRowVersion();
            OptimisticLock.lockRow(row);
            if (ao.count(TargetStatusAo.class, "ID = ? AND ROW_VERSION = ?", row.getID(), version) != 1) {
                throw new UniqueKeyRace("target status " + key + " was changed concurrently", null);
            }
            row.setRowVersion(version + 1);
            row.setStatus(status.name());
            row.setMeasuredValue(value);
            row.setDataPoints(n);
            row.setEvaluatedAt(millis);
            if (old != status) {
                row.setSince(millis);
            }
            row.save();
            return old == status ? null : history(key, version + 1, organisationId, targetId, old, status, value, n, at);
        });
    }

    @Override
    public List<TargetState> ofOrganisations(Collection<Long> organisationIds) {
        return InClause.chunked("ORG_ID", organisationIds,
                        (where, params) -> ao.find(TargetStatusAo.class, Query.select().where(where, params)))
                .stream().map(AoTargetStatusRepository::toDomain).toList();
    }

    @Override
    public Page<StatusChange> history(long organisationId, long targetId, PageRequest page) {
        Query rows = Query.select().where("ORG_ID = ? AND TARGET_ID = ?", organisationId, targetId)
                .order("CHANGED_AT DESC, ID DESC").limit(page.limit()).offset(page.start());
        List<StatusChange> items = Arrays.stream(ao.find(TargetHistoryAo.class, rows))
                .map(AoTargetStatusRepository::toDomain).toList();
        int total = ao.count(TargetHistoryAo.class, Query.select().where("ORG_ID = ? AND TARGET_ID = ?", organisationId, targetId));
        return new Page<>(items, page.start(), page.limit(), total);
    }

    /** Only the current statuses go: the history of a deleted target stays (status changes are never lost). */
    @Override
    public void deleteTarget(long targetId) {
        tx.inTransaction(() -> {
            ao.deleteWithSQL(TargetStatusAo.class, "TARGET_ID = ?", targetId);
            return null;
        });
    }

    /**
     * Only the current statuses go. The history stays, and continues if the target applies again (an
     * organisation's own target deleted, so the default is back): see {@link #nextVersionAfterHistory}.
     */
    @Override
    public void retainOnly(long organisationId, Set<Long> targetIds) {
        tx.inTransaction(() -> {
            TargetStatusAo[] rows = ao.find(TargetStatusAo.class, Query.select().where("ORG_ID = ?", organisationId));
            for (TargetStatusAo row : rows) {
                if (!targetIds.contains(row.getTargetId())) {
                    ao.deleteWithSQL(TargetStatusAo.class, "ID = ?", row.getID());
                }
            }
            return null;
        });
    }

    /**
     * The row version a new status row starts at: 0, or one past the version in the newest kept history
     * row of this (organisation, target), so that the history row's unique key ({@code key:version})
     * of a status that returns cannot collide with one recorded before it was removed.
     */
    private long nextVersionAfterHistory(long organisationId, long targetId) {
        TargetHistoryAo[] newest = ao.find(TargetHistoryAo.class, Query.select()
                .where("ORG_ID = ? AND TARGET_ID = ?", organisationId, targetId).order("ID DESC").limit(1));
        if (newest.length == 0) {
            return 0;
        }
        String changeKey = newest[0].getChangeKey();
        return Long.parseLong(changeKey.substring(changeKey.lastIndexOf(':') + 1)) + 1;
    }

    private void insertStatus(String key, long organisationId, long targetId, TargetStatus status, Double value, long n,
                              long millis, long version) {
        try {
            TargetStatusAo row = ao.create(TargetStatusAo.class, new DBParam("STATUS_KEY", key),
                    new DBParam("ORG_ID", organisationId), new DBParam("TARGET_ID", targetId),
                    new DBParam("STATUS", status.name()), new DBParam("DATA_POINTS", n), new DBParam("SINCE", millis),
                    new DBParam("EVALUATED_AT", millis), new DBParam("ROW_VERSION", version));
            row.setMeasuredValue(value);
            row.save();
        } catch (RuntimeException e) {
            if (UniqueViolations.isUniqueViolation(e)) {
                throw new UniqueKeyRace("target status " + key, e);
            }
            throw e;
        }
    }

    private StatusChange history(String key, long version, long organisationId, long targetId, TargetStatus from,
                                 TargetStatus to, Double value, long n, Instant at) {
        try {
            TargetHistoryAo row = ao.create(TargetHistoryAo.class, new DBParam("CHANGE_KEY", key + ":" + version),
                    new DBParam("ORG_ID", organisationId), new DBParam("TARGET_ID", targetId),
                    new DBParam("TO_STATUS", to.name()), new DBParam("DATA_POINTS", n),
                    new DBParam("CHANGED_AT", at.toEpochMilli()));
            row.setFromStatus(from == null ? null : from.name());
            row.setMeasuredValue(value);
            row.save();
        } catch (RuntimeException e) {
            if (UniqueViolations.isUniqueViolation(e)) {
                throw new UniqueKeyRace("target history " + key + ":" + version, e);
            }
            throw e;
        }
        return new StatusChange(organisationId, targetId, from, to, value, n, at);
    }

    private static TargetState toDomain(TargetStatusAo row) {
        return new TargetState(row.getOrgId(), row.getTargetId(), TargetStatus.valueOf(row.getStatus()),
                row.getMeasuredValue(), row.getDataPoints(), Instant.ofEpochMilli(row.getSince()),
                Instant.ofEpochMilli(row.getEvaluatedAt()));
    }

    private static StatusChange toDomain(TargetHistoryAo row) {
        return new StatusChange(row.getOrgId(), row.getTargetId(),
                row.getFromStatus() == null ? null : TargetStatus.valueOf(row.getFromStatus()),
                TargetStatus.valueOf(row.getToStatus()), row.getMeasuredValue(), row.getDataPoints(),
                Instant.ofEpochMilli(row.getChangedAt()));
    }
}
