package nl.xlascorecard.plugin.persistence;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.DBParam;
import net.java.ao.Query;

import nl.xlascorecard.core.action.domain.ActionState;
import nl.xlascorecard.core.action.domain.ImprovementAction;
import nl.xlascorecard.core.action.port.out.ImprovementActionRepository;
import nl.xlascorecard.core.scorecard.domain.Category;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.plugin.persistence.ao.ImprovementActionAo;

/** Improvement actions in {@code IMPROVEMENT_ACTION}, listed by the stored {@link ActionListOrder}. */
public final class AoImprovementActionRepository implements ImprovementActionRepository {

    private static final String LIST_ORDER = "LIST_ORDER ASC, ID ASC";

    private final ActiveObjects ao;
    private final AoTransactionRunner tx;

    public AoImprovementActionRepository(ActiveObjects ao, AoTransactionRunner tx) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    /** Stored with version 0; the given id and version are ignored. */
    @Override
    public ImprovementAction insert(ImprovementAction action) {
        return tx.inTransaction(() -> {
            ImprovementActionAo row = ao.create(ImprovementActionAo.class,
                    new DBParam("ORG_ID", action.organisationId()),
                    new DBParam("ACTION_TEXT", action.text()),
                    new DBParam("STATE", action.state().name()),
                    new DBParam("CREATED_AT", action.createdAt().toEpochMilli()),
                    new DBParam("CREATED_BY", Columns.text(action.createdBy())),
                    new DBParam("ROW_VERSION", 0L),
                    new DBParam("LIST_ORDER", ActionListOrder.of(action)));
            write(row, action);
            row.save();
            return toDomain(row);
        });
    }

    @Override
    public Optional<ImprovementAction> find(long actionId) {
        return Optional.ofNullable(row(actionId)).map(AoImprovementActionRepository::toDomain);
    }

    /** Writes every editable field and the state; organisation and creation are fixed once stored. */
    @Override
    public ImprovementAction update(ImprovementAction action) {
        return tx.inTransaction(() -> {
            ImprovementActionAo row = row(action.id());
            if (row == null) {
                throw OptimisticLock.stale("action " + action.id() + " does not exist");
            }
            if (row.getOrgId() != action.organisationId()) {
                throw new IllegalArgumentException("organisation of action " + action.id() + " cannot change");
            }
            OptimisticLock.claim(ao, ImprovementActionAo.class, row, action.version());
            write(row, action);
            row.setActionText(action.text());
            row.setState(action.state().name());
            row.setListOrder(ActionListOrder.of(action));
            row.setRowVersion(action.version() + 1);
            row.save();
            return toDomain(row);
        });
    }

    @Override
    public Page<ImprovementAction> listByOrganisation(long organisationId, ActionState stateOrNull, PageRequest page) {
        Query rows = where(organisationId, stateOrNull).order(LIST_ORDER).limit(page.limit()).offset(page.start());
        int total = ao.count(ImprovementActionAo.class, where(organisationId, stateOrNull));
        return new Page<>(Arrays.stream(ao.find(ImprovementActionAo.class, rows)).map(AoImprovementActionRepository::toDomain).toList(),
                page.start(), page.limit(), total);
    }

    private static Query where(long organisationId, ActionState stateOrNull) {
        return stateOrNull == null
                ? Query.select().where("ORG_ID = ?", organisationId)
                : Query.select().where("ORG_ID = ? AND STATE = ?", organisationId, stateOrNull.name());
    }

    private ImprovementActionAo row(long actionId) {
        return actionId < 1 || actionId > Integer.MAX_VALUE ? null : ao.get(ImprovementActionAo.class, (int) actionId);
    }

    private static void write(ImprovementActionAo row, ImprovementAction action) {
        row.setRoundId(action.roundId());
        row.setCategory(action.category() == null ? null : action.category().name());
        row.setStatementKey(Columns.text(action.statementKey()));
        row.setOwnerKey(Columns.text(action.ownerKey()));
        row.setDueDate(Columns.date(action.due()));
        row.setLinkedIssueKey(Columns.text(action.linkedIssueKey()));
        row.setDoneAt(Columns.millis(action.doneAt()));
    }

    static ImprovementAction toDomain(ImprovementActionAo row) {
        return new ImprovementAction(row.getID(), row.getOrgId(), row.getRoundId(),
                row.getCategory() == null ? null : Category.valueOf(row.getCategory()), row.getStatementKey(),
                row.getActionText(), row.getOwnerKey(), Columns.date(row.getDueDate()), ActionState.valueOf(row.getState()),
                row.getLinkedIssueKey(), Columns.instant(row.getCreatedAt()), row.getCreatedBy(),
                Columns.instant(row.getDoneAt()), row.getRowVersion());
    }
}
