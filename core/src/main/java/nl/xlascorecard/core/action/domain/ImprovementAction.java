package nl.xlascorecard.core.action.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import nl.xlascorecard.core.scorecard.domain.Category;

/**
 * What the provider will do about a result ("you said, we did").
 *
 * @param roundId        round it answers, or {@code null}
 * @param category       category it is about, or {@code null}
 * @param statementKey   statement it is about, or {@code null}
 * @param ownerKey       user key of the person who carries it out, or {@code null}
 * @param due            due date, or {@code null}
 * @param linkedIssueKey a Jira issue key (e.g. {@code ITSM-123}) that tracks the work, or {@code null}
 * @param doneAt         when it was marked DONE, {@code null} while OPEN
 * @param version        optimistic-lock counter
 */
public record ImprovementAction(long id, long organisationId, Long roundId, Category category, String statementKey,
                                String text, String ownerKey, LocalDate due, ActionState state,
                                String linkedIssueKey, Instant createdAt, String createdBy, Instant doneAt,
                                long version) {

    public static final int MAX_TEXT = 2000;

    public ImprovementAction {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
