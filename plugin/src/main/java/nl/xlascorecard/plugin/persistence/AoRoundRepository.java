package nl.xlascorecard.plugin.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.DBParam;
import net.java.ao.Query;

import nl.xlascorecard.core.scorecard.domain.Round;
import nl.xlascorecard.core.scorecard.domain.RoundKind;
import nl.xlascorecard.core.scorecard.domain.RoundState;
import nl.xlascorecard.core.scorecard.domain.ScorecardConflicts;
import nl.xlascorecard.core.scorecard.port.out.RoundRepository;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.plugin.persistence.ao.RoundAo;

/**
 * Rounds in {@code ROUND}. "At most one BASELINE per organisation" is the unique
 * {@code BASELINE_KEY}; lists are paged and ordered by the (organisation, opens) index.
 */
public final class AoRoundRepository implements RoundRepository {

    /** Newest period first; the id breaks ties so paging is stable. */
    private static final String NEWEST_FIRST = "OPENS DESC, ID DESC";

    private final ActiveObjects ao;
    private final AoTransactionRunner tx;

    public AoRoundRepository(ActiveObjects ao, AoTransactionRunner tx) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    /** Stored with version 0; the given id and version are ignored. */
    @Override
    public Round insert(Round round) {
        return tx.inTransaction(() -> {
            try {
                RoundAo row = ao.create(RoundAo.class,
                        new DBParam("ORG_ID", round.organisationId()),
                        new DBParam("KIND", round.kind().name()),
                        new DBParam("OPENS", Columns.date(round.opens())),
                        new DBParam("CLOSES", Columns.date(round.closes())),
                        new DBParam("STATE", round.state().name()),
                        new DBParam("TEMPLATE_VERSION", round.templateVersion()),
                        new DBParam("ANONYMOUS", round.anonymous()),
                        new DBParam("INVITATIONS", round.invitations()),
                        new DBParam("CREATED_AT", round.createdAt().toEpochMilli()),
                        new DBParam("CREATED_BY", Columns.text(round.createdBy())),
                        new DBParam("ROW_VERSION", 0L),
                        new DBParam("BASELINE_KEY", baselineKey(round)));
                writeMutable(row, round);
                row.save();
                return toDomain(row);
            } catch (RuntimeException e) {
                if (round.kind() == RoundKind.BASELINE && UniqueViolations.isUniqueViolation(e)) {
                    throw ScorecardConflicts.baselineExists(round.organisationId());
                }
                throw e;
            }
        });
    }

    @Override
    public Optional<Round> find(long roundId) {
        return Optional.ofNullable(row(roundId)).map(AoRoundRepository::toDomain);
    }

    /**
     * Writes title, period, state, template version, anonymity, invitations and the opened/closed
     * instants. Organisation and kind are fixed once stored.
     */
    @Override
    public Round update(Round round) {
        return tx.inTransaction(() -> {
            RoundAo row = row(round.id());
            if (row == null) {
                throw OptimisticLock.stale("round " + round.id() + " does not exist");
            }
            if (row.getOrgId() != round.organisationId() || !row.getKind().equals(round.kind().name())) {
                throw new IllegalArgumentException("organisation and kind of round " + round.id() + " cannot change");
            }
            OptimisticLock.claim(ao, RoundAo.class, row, round.version());
            writeMutable(row, round);
            row.setOpens(Columns.date(round.opens()));
            row.setCloses(Columns.date(round.closes()));
            row.setState(round.state().name());
            row.setTemplateVersion(round.templateVersion());
            row.setAnonymous(round.anonymous());
            row.setInvitations(round.invitations());
            row.setRowVersion(round.version() + 1);
            row.save();
            return toDomain(row);
        });
    }

    /** Locks as {@link OptimisticLock#claim} does, then re-reads the row with a fresh query. */
    @Override
    public Optional<Round> lockForResponses(long roundId) {
        return tx.inTransaction(() -> {
            RoundAo row = row(roundId);
            if (row == null) {
                return Optional.<Round>empty();
            }
            OptimisticLock.lockRow(row);
            RoundAo[] fresh = ao.find(RoundAo.class, Query.select().where("ID = ?", (int) roundId));
            return Arrays.stream(fresh).findFirst().map(AoRoundRepository::toDomain);
        });
    }

    @Override
    public Page<Round> listByOrganisation(long organisationId, PageRequest page) {
        RoundAo[] rows = ao.find(RoundAo.class, Query.select().where("ORG_ID = ?", organisationId)
                .order(NEWEST_FIRST).limit(page.limit()).offset(page.start()));
        int total = ao.count(RoundAo.class, Query.select().where("ORG_ID = ?", organisationId));
        return new Page<>(Arrays.stream(rows).map(AoRoundRepository::toDomain).toList(), page.start(), page.limit(), total);
    }

    @Override
    public Optional<Round> findBaseline(long organisationId) {
        RoundAo[] rows = ao.find(RoundAo.class, Query.select().where("BASELINE_KEY = ?", String.valueOf(organisationId)));
        return Arrays.stream(rows).findFirst().map(AoRoundRepository::toDomain);
    }

    @Override
    public Optional<Round> findPreviousClosed(Round round) {
        String opens = Columns.date(round.opens());
        RoundAo[] rows = ao.find(RoundAo.class, Query.select()
                .where("ORG_ID = ? AND STATE = ? AND ID <> ? AND (OPENS < ? OR (OPENS = ? AND ID < ?))",
                        round.organisationId(), RoundState.CLOSED.name(), (int) round.id(), opens, opens, (int) round.id())
                .order(NEWEST_FIRST).limit(1));
        return Arrays.stream(rows).findFirst().map(AoRoundRepository::toDomain);
    }

    /** At most {@code max}, and never more than a page ({@value PageRequest#MAX_LIMIT}). */
    @Override
    public List<Round> latest(long organisationId, int max) {
        int limit = Math.min(Math.max(max, 0), PageRequest.MAX_LIMIT);
        if (limit == 0) {
            return List.of();
        }
        RoundAo[] rows = ao.find(RoundAo.class, Query.select().where("ORG_ID = ?", organisationId).order(NEWEST_FIRST).limit(limit));
        return Arrays.stream(rows).map(AoRoundRepository::toDomain).toList();
    }

    private RoundAo row(long roundId) {
        return roundId < 1 || roundId > Integer.MAX_VALUE ? null : ao.get(RoundAo.class, (int) roundId);
    }

    /** The organisation id for a baseline (unique), a random value otherwise (never NULL, see RoundAo). */
    private static String baselineKey(Round round) {
        return round.kind() == RoundKind.BASELINE ? String.valueOf(round.organisationId()) : "P:" + UUID.randomUUID();
    }

    private static void writeMutable(RoundAo row, Round round) {
        row.setTitle(Columns.text(round.title()));
        row.setOpenedAt(Columns.millis(round.openedAt()));
        row.setClosedAt(Columns.millis(round.closedAt()));
    }

    static Round toDomain(RoundAo row) {
        return new Round(row.getID(), row.getOrgId(), RoundKind.valueOf(row.getKind()), row.getTitle(),
                Columns.date(row.getOpens()), Columns.date(row.getCloses()), RoundState.valueOf(row.getState()),
                row.getTemplateVersion(), row.isAnonymous(), row.getInvitations(), Columns.instant(row.getCreatedAt()),
                row.getCreatedBy(), Columns.instant(row.getOpenedAt()), Columns.instant(row.getClosedAt()), row.getRowVersion());
    }
}
