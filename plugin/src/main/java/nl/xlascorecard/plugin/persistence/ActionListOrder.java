package nl.xlascorecard.plugin.persistence;

import nl.xlascorecard.core.action.domain.ActionState;
import nl.xlascorecard.core.action.domain.ImprovementAction;

/**
 * The sort key of an improvement action in its organisation's list: OPEN actions first by due date
 * (undated ones after the dated ones), then DONE actions newest first. Stored with the row, so the
 * database sorts with one indexed ORDER BY (no CASE expressions, which AO's Query cannot express,
 * and no NULLS LAST, whose default differs between databases). Ties are broken by id.
 */
final class ActionListOrder {

    private static final String UNDATED = "9999-12-31";

    private ActionListOrder() {
    }

    static String of(ImprovementAction action) {
        if (action.state() == ActionState.OPEN) {
            return "0|" + (action.due() == null ? UNDATED : action.due().toString());
        }
        long doneAt = action.doneAt() == null ? 0 : action.doneAt().toEpochMilli();
        // Ascending text order of (MAX - t), zero-padded to 19 digits, is descending order of t.
        return "1|" + String.format("%019d", Long.MAX_VALUE - doneAt);
    }
}
