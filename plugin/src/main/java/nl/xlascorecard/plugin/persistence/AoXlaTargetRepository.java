package nl.xlascorecard.plugin.persistence;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.DBParam;
import net.java.ao.Query;

import nl.xlascorecard.core.scorecard.domain.Category;
import nl.xlascorecard.core.target.domain.Comparison;
import nl.xlascorecard.core.target.domain.TargetWindow;
import nl.xlascorecard.core.target.domain.XlaMetric;
import nl.xlascorecard.core.target.domain.XlaTarget;
import nl.xlascorecard.core.target.port.out.XlaTargetRepository;
import nl.xlascorecard.core.target.service.TargetConflicts;
import nl.xlascorecard.plugin.persistence.ao.XlaTargetAo;

/** XLA targets in {@code XLA_TARGET}; one per scope and subject by the unique {@code SCOPE_KEY}. */
public final class AoXlaTargetRepository implements XlaTargetRepository {

    private final ActiveObjects ao;
    private final AoTransactionRunner tx;

    public AoXlaTargetRepository(ActiveObjects ao, AoTransactionRunner tx) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    /** The natural key of a target's scope and subject. */
    static String scopeKey(XlaTarget target) {
        return (target.isDefault() ? "default" : String.valueOf(target.organisationId())) + ":" + target.metric().name()
                + ":" + (target.category() == null ? "-" : target.category().name());
    }

    @Override
    public XlaTarget insert(XlaTarget target) {
        return tx.inTransaction(() -> {
            String key = scopeKey(target);
            checkFree(key, 0, target);
            XlaTargetAo row;
            try {
                row = ao.create(XlaTargetAo.class, new DBParam("SCOPE_KEY", key), new DBParam("METRIC", target.metric().name()),
                        new DBParam("COMPARISON", target.comparison().name()), new DBParam("THRESHOLD", target.threshold()),
                        new DBParam("WARNING_MARGIN", target.warningMargin()),
                        new DBParam("WINDOW_KIND", target.window().kind().name()),
                        new DBParam("MIN_DATA_POINTS", target.minimumDataPoints()));
            } catch (RuntimeException e) {
                if (UniqueViolations.isUniqueViolation(e)) {
                    throw TargetConflicts.duplicate(target);
                }
                throw e;
            }
            write(row, target);
            row.save();
            return toDomain(row);
        });
    }

    @Override
    public XlaTarget update(XlaTarget target) {
        return tx.inTransaction(() -> {
            XlaTargetAo row = row(target.id());
            if (row == null) {
                throw TargetConflicts.notFound(target.id());
            }
            String key = scopeKey(target);
            checkFree(key, row.getID(), target);
            row.setScopeKey(key);
            row.setMetric(target.metric().name());
            row.setComparison(target.comparison().name());
            row.setThreshold(target.threshold());
            row.setWarningMargin(target.warningMargin());
            row.setWindowKind(target.window().kind().name());
            row.setMinDataPoints(target.minimumDataPoints());
            write(row, target);
            try {
                row.save();
            } catch (RuntimeException e) {
                if (UniqueViolations.isUniqueViolation(e)) {
                    throw TargetConflicts.duplicate(target);
                }
                throw e;
            }
            return toDomain(row);
        });
    }

    @Override
    public void delete(long targetId) {
        tx.inTransaction(() -> {
            ao.deleteWithSQL(XlaTargetAo.class, "ID = ?", targetId);
            return null;
        });
    }

    @Override
    public Optional<XlaTarget> find(long targetId) {
        return Optional.ofNullable(row(targetId)).map(AoXlaTargetRepository::toDomain);
    }

    @Override
    public List<XlaTarget> defaults() {
        return Arrays.stream(ao.find(XlaTargetAo.class, Query.select().where("ORG_ID IS NULL").order("ID ASC")))
                .map(AoXlaTargetRepository::toDomain).toList();
    }

    @Override
    public List<XlaTarget> defaultsAndOwn(long organisationId) {
        return Arrays.stream(ao.find(XlaTargetAo.class, Query.select().where("ORG_ID IS NULL OR ORG_ID = ?", organisationId)
                .order("ID ASC"))).map(AoXlaTargetRepository::toDomain).toList();
    }

    @Override
    public List<XlaTarget> ofOrganisations(Collection<Long> organisationIds) {
        return InClause.chunked("ORG_ID", organisationIds,
                        (where, params) -> ao.find(XlaTargetAo.class, Query.select().where(where, params).order("ID ASC")))
                .stream().map(AoXlaTargetRepository::toDomain).toList();
    }

    /** A clear 409 before the insert; the unique column still decides a race. */
    private void checkFree(String key, int ownId, XlaTarget target) {
        if (ao.count(XlaTargetAo.class, Query.select().where("SCOPE_KEY = ? AND ID <> ?", key, ownId)) > 0) {
            throw TargetConflicts.duplicate(target);
        }
    }

    private static void write(XlaTargetAo row, XlaTarget target) {
        row.setOrgId(target.organisationId());
        row.setCategory(target.category() == null ? null : target.category().name());
        row.setWindowDays(target.window().days());
    }

    private XlaTargetAo row(long targetId) {
        return targetId < 1 || targetId > Integer.MAX_VALUE ? null : ao.get(XlaTargetAo.class, (int) targetId);
    }

    static XlaTarget toDomain(XlaTargetAo row) {
        TargetWindow.Kind kind = TargetWindow.Kind.valueOf(row.getWindowKind());
        TargetWindow window = kind == TargetWindow.Kind.ROLLING_DAYS
                ? TargetWindow.rollingDays(row.getWindowDays()) : TargetWindow.latestClosedRound();
        return new XlaTarget(row.getID(), row.getOrgId(), XlaMetric.valueOf(row.getMetric()),
                row.getCategory() == null ? null : Category.valueOf(row.getCategory()),
                Comparison.valueOf(row.getComparison()), row.getThreshold(), row.getWarningMargin(), window,
                row.getMinDataPoints());
    }
}
