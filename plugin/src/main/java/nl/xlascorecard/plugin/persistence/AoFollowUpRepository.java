package nl.xlascorecard.plugin.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.DBParam;
import net.java.ao.Query;

import nl.xlascorecard.core.followup.domain.CallOutcome;
import nl.xlascorecard.core.followup.domain.FollowUp;
import nl.xlascorecard.core.followup.domain.FollowUpState;
import nl.xlascorecard.core.followup.port.out.FollowUpRepository;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.plugin.persistence.ao.FollowUpAo;

/**
 * Follow-ups in {@code FOLLOW_UP}, unique by request key.
 *
 * <p><b>Insert races.</b> The port asks that a losing concurrent insert "returns empty and does not
 * fail the transaction". On PostgreSQL a failed INSERT spoils the whole transaction and AO offers no
 * savepoint, so the loser cannot simply carry on; instead it reports a {@link UniqueKeyRace} and
 * {@link AoTransactionRunner} runs the outermost unit of work again, which then finds the winner's
 * follow-up (the rating recording sees its rating UNCHANGED, or keeps the existing follow-up in
 * step). The caller of the in-port never sees the race, and no second row can exist.
 *
 * <p><b>Claims</b> (reminder, escalation) are compare-and-set without a conditional UPDATE (AO has
 * none): write the row's {@code UPDATED_AT} first, which takes its write lock and makes a concurrent
 * claimer on another node wait for this transaction, then count the row with the claim column still
 * NULL in a fresh statement, which under READ COMMITTED sees what that other claimer committed.
 * Only the claimer that still finds it NULL sets it. Claims touch neither the version nor any
 * user-edited column, and {@link #update} never writes the claim columns.
 */
public final class AoFollowUpRepository implements FollowUpRepository {

    private static final String DUE_ORDER = "DUE_AT ASC, ID ASC";
    private static final String OPEN = FollowUpState.OPEN.name();

    private final ActiveObjects ao;
    private final AoTransactionRunner tx;

    public AoFollowUpRepository(ActiveObjects ao, AoTransactionRunner tx) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public Optional<FollowUp> insertIfAbsent(FollowUp followUp) {
        return tx.inTransaction(() -> {
            if (rowByRequestKey(followUp.requestKey()) != null) {
                return Optional.<FollowUp>empty();
            }
            List<DBParam> columns = new ArrayList<>(List.of(
                    new DBParam("REQUEST_KEY", followUp.requestKey()),
                    new DBParam("ORG_ID", followUp.organisationId()),
                    new DBParam("RATING", followUp.rating()),
                    new DBParam("RATED_AT", followUp.ratedAt().toEpochMilli()),
                    new DBParam("CREATED_AT", followUp.createdAt().toEpochMilli()),
                    new DBParam("DUE_AT", followUp.dueAt().toEpochMilli()),
                    new DBParam("STATE", followUp.state().name()),
                    new DBParam("ATTEMPTS", followUp.attempts()),
                    new DBParam("RAISED_ABOVE", followUp.ratingRaisedAboveThreshold()),
                    new DBParam("ROW_VERSION", 0L)));
            Columns.addIfPresent(columns, "ASSIGNEE_KEY", Columns.text(followUp.assigneeKey()));
            Columns.addIfPresent(columns, "OUTCOME", followUp.outcome() == null ? null : followUp.outcome().name());
            Columns.addIfPresent(columns, "NOTES", Columns.text(followUp.notes()));
            Columns.addIfPresent(columns, "AGREEMENT", Columns.text(followUp.agreement()));
            Columns.addIfPresent(columns, "CONTACTED_AT", Columns.millis(followUp.contactedAt()));
            Columns.addIfPresent(columns, "DONE_AT", Columns.millis(followUp.doneAt()));
            Columns.addIfPresent(columns, "ACTION_ID", followUp.improvementActionId());
            Columns.addIfPresent(columns, "REMINDER_SENT_AT", Columns.millis(followUp.reminderSentAt()));
            Columns.addIfPresent(columns, "ESCALATED_AT", Columns.millis(followUp.escalatedAt()));
            FollowUpAo row;
            try {
                // One INSERT with every column, not an INSERT and an UPDATE of the rest.
                row = ao.create(FollowUpAo.class, columns.toArray(DBParam[]::new));
            } catch (RuntimeException e) {
                if (UniqueViolations.isUniqueViolation(e)) {
                    throw new UniqueKeyRace("follow-up of " + followUp.requestKey(), e);
                }
                throw e;
            }
            return Optional.of(asStored(row.getID(), followUp));
        });
    }

    /**
     * The follow-up as {@link #insertIfAbsent} stored it, built from the values written (times at
     * millisecond precision, empty texts as null) instead of read back: reading a column left out of
     * the INSERT (a null) would cost one SELECT each.
     */
    private static FollowUp asStored(long id, FollowUp f) {
        return new FollowUp(id, f.requestKey(), f.organisationId(), Columns.text(f.assigneeKey()), f.rating(),
                atMillis(f.ratedAt()), atMillis(f.createdAt()), atMillis(f.dueAt()), f.state(), f.outcome(), f.attempts(),
                Columns.text(f.notes()), Columns.text(f.agreement()), atMillis(f.contactedAt()), atMillis(f.doneAt()),
                f.improvementActionId(), f.ratingRaisedAboveThreshold(), atMillis(f.reminderSentAt()),
                atMillis(f.escalatedAt()), 0L);
    }

    private static Instant atMillis(Instant instant) {
        return Columns.instant(Columns.millis(instant));
    }

    @Override
    public Optional<FollowUp> find(long followUpId) {
        return Optional.ofNullable(row(followUpId)).map(AoFollowUpRepository::toDomain);
    }

    @Override
    public Optional<FollowUp> findByRequestKey(String requestKey) {
        return Optional.ofNullable(requestKey == null ? null : rowByRequestKey(requestKey))
                .map(AoFollowUpRepository::toDomain);
    }

    @Override
    public FollowUp update(FollowUp followUp) {
        return tx.inTransaction(() -> {
            FollowUpAo row = row(followUp.id());
            if (row == null) {
                throw OptimisticLock.stale("follow-up " + followUp.id() + " does not exist");
            }
            if (!row.getRequestKey().equals(followUp.requestKey())) {
                throw new IllegalArgumentException("request of follow-up " + followUp.id() + " cannot change");
            }
            OptimisticLock.claim(ao, FollowUpAo.class, row, followUp.version());
            write(row, followUp);
            row.setRowVersion(followUp.version() + 1);
            row.save();
            return toDomain(row);
        });
    }

    @Override
    public Page<FollowUp> listOpen(Set<Long> organisationIds, AssigneeFilter assignee, PageRequest page) {
        if (organisationIds != null && organisationIds.isEmpty()) {
            return new Page<>(List.of(), page.start(), page.limit(), 0);
        }
        Query rows = openWhere(organisationIds, assignee).order(DUE_ORDER).limit(page.limit()).offset(page.start());
        int total = ao.count(FollowUpAo.class, openWhere(organisationIds, assignee));
        return new Page<>(toDomain(ao.find(FollowUpAo.class, rows)), page.start(), page.limit(), total);
    }

    /** {@code STATE = 'OPEN'} plus the filters, served by the {@code (…, STATE, DUE_AT)} indexes. */
    private static Query openWhere(Set<Long> organisationIds, AssigneeFilter assignee) {
        StringBuilder where = new StringBuilder("STATE = ?");
        List<Object> params = new ArrayList<>();
        params.add(OPEN);
        if (organisationIds != null) {
            List<Long> sorted = organisationIds.stream().sorted().toList();
            where.append(" AND ORG_ID IN (").append(String.join(", ", Collections.nCopies(sorted.size(), "?"))).append(')');
            params.addAll(sorted);
        }
        if (assignee != null && assignee.unassigned()) {
            where.append(" AND ASSIGNEE_KEY IS NULL");
        } else if (assignee != null && assignee.userKey() != null) {
            where.append(" AND ASSIGNEE_KEY = ?");
            params.add(assignee.userKey());
        }
        return Query.select().where(where.toString(), params.toArray());
    }

    @Override
    public List<FollowUp> awaitingReminder(Instant after, Instant until, int limit) {
        return toDomain(ao.find(FollowUpAo.class, Query.select()
                .where("STATE = ? AND REMINDER_SENT_AT IS NULL AND DUE_AT > ? AND DUE_AT <= ?", OPEN,
                        after.toEpochMilli(), until.toEpochMilli())
                .order(DUE_ORDER).limit(limit)));
    }

    @Override
    public List<FollowUp> awaitingEscalation(Instant now, int limit) {
        return toDomain(ao.find(FollowUpAo.class, Query.select()
                .where("STATE = ? AND ESCALATED_AT IS NULL AND DUE_AT < ?", OPEN, now.toEpochMilli())
                .order(DUE_ORDER).limit(limit)));
    }

    @Override
    public boolean claimReminder(long followUpId, Instant at) {
        return claim(followUpId, "REMINDER_SENT_AT", row -> row.setReminderSentAt(at.toEpochMilli()));
    }

    @Override
    public boolean claimEscalation(long followUpId, Instant at) {
        return claim(followUpId, "ESCALATED_AT", row -> row.setEscalatedAt(at.toEpochMilli()));
    }

    private boolean claim(long followUpId, String column, Consumer<FollowUpAo> set) {
        return tx.inTransaction(() -> {
            FollowUpAo row = row(followUpId);
            if (row == null) {
                return false;
            }
            row.setUpdatedAt(System.currentTimeMillis());
            row.save();
            if (ao.count(FollowUpAo.class, "ID = ? AND STATE = ? AND " + column + " IS NULL", row.getID(), OPEN) != 1) {
                return false;
            }
            set.accept(row);
            row.save();
            return true;
        });
    }

    @Override
    public List<FollowUp> createdSince(long organisationId, Instant since, int limit) {
        return toDomain(ao.find(FollowUpAo.class, Query.select()
                .where("ORG_ID = ? AND CREATED_AT >= ?", organisationId, since.toEpochMilli())
                .order("CREATED_AT DESC, ID ASC").limit(limit)));
    }

    @Override
    public OpenCounts countOpen(long organisationId, Instant now) {
        int open = ao.count(FollowUpAo.class, Query.select().where("ORG_ID = ? AND STATE = ?", organisationId, OPEN));
        int overdue = ao.count(FollowUpAo.class, Query.select()
                .where("ORG_ID = ? AND STATE = ? AND DUE_AT < ?", organisationId, OPEN, now.toEpochMilli()));
        return new OpenCounts(open, overdue);
    }

    /**
     * One index-range count on {@code (ORG_ID, CREATED_AT)} for the closed ones, and one streamed pass
     * over their two times for those done in time (AO's where clause cannot compare two columns on
     * every database; streaming holds no rows in memory).
     */
    @Override
    public WindowCounts windowCounts(long organisationId, Instant since) {
        long from = since.toEpochMilli();
        int closed = ao.count(FollowUpAo.class, Query.select()
                .where("ORG_ID = ? AND CREATED_AT >= ? AND STATE <> ?", organisationId, from, OPEN));
        long[] within = new long[1];
        ao.stream(FollowUpAo.class, Query.select("ID, DONE_AT, DUE_AT")
                .where("ORG_ID = ? AND CREATED_AT >= ? AND STATE <> ?", organisationId, from, OPEN), row -> {
                    if (row.getDoneAt() != null && row.getDoneAt() <= row.getDueAt()) {
                        within[0]++;
                    }
                });
        return new WindowCounts(closed, within[0]);
    }

    private FollowUpAo row(long followUpId) {
        return followUpId < 1 || followUpId > Integer.MAX_VALUE ? null : ao.get(FollowUpAo.class, (int) followUpId);
    }

    private FollowUpAo rowByRequestKey(String requestKey) {
        FollowUpAo[] rows = ao.find(FollowUpAo.class, Query.select().where("REQUEST_KEY = ?", requestKey));
        return rows.length == 0 ? null : rows[0];
    }

    /** Every user-edited and rating-driven field; never the key, the creation or the two claims. */
    private static void write(FollowUpAo row, FollowUp f) {
        row.setOrgId(f.organisationId());
        row.setAssigneeKey(Columns.text(f.assigneeKey()));
        row.setRating(f.rating());
        row.setRatedAt(f.ratedAt().toEpochMilli());
        row.setDueAt(f.dueAt().toEpochMilli());
        row.setState(f.state().name());
        row.setOutcome(f.outcome() == null ? null : f.outcome().name());
        row.setAttempts(f.attempts());
        row.setNotes(Columns.text(f.notes()));
        row.setAgreement(Columns.text(f.agreement()));
        row.setContactedAt(Columns.millis(f.contactedAt()));
        row.setDoneAt(Columns.millis(f.doneAt()));
        row.setActionId(f.improvementActionId());
        row.setRaisedAbove(f.ratingRaisedAboveThreshold());
    }

    private static List<FollowUp> toDomain(FollowUpAo[] rows) {
        return Arrays.stream(rows).map(AoFollowUpRepository::toDomain).toList();
    }

    static FollowUp toDomain(FollowUpAo row) {
        return new FollowUp(row.getID(), row.getRequestKey(), row.getOrgId(), row.getAssigneeKey(), row.getRating(),
                Instant.ofEpochMilli(row.getRatedAt()), Instant.ofEpochMilli(row.getCreatedAt()),
                Instant.ofEpochMilli(row.getDueAt()), FollowUpState.valueOf(row.getState()),
                row.getOutcome() == null ? null : CallOutcome.valueOf(row.getOutcome()), row.getAttempts(),
                row.getNotes(), row.getAgreement(), Columns.instant(row.getContactedAt()),
                Columns.instant(row.getDoneAt()), row.getActionId(), row.isRaisedAbove(),
                Columns.instant(row.getReminderSentAt()), Columns.instant(row.getEscalatedAt()), row.getRowVersion());
    }
}
