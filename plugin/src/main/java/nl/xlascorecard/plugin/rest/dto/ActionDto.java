package nl.xlascorecard.plugin.rest.dto;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import nl.xlascorecard.core.action.domain.ImprovementAction;

/** An improvement action ("you said, we did"). {@code version} must be sent back to change it. */
@JsonPropertyOrder({"id", "organisationId", "roundId", "category", "statementKey", "text", "ownerKey", "due",
        "state", "linkedIssueKey", "createdAt", "createdBy", "doneAt", "version"})
public record ActionDto(long id, long organisationId, Long roundId, String category, String statementKey, String text,
                        String ownerKey, LocalDate due, String state, String linkedIssueKey, Instant createdAt,
                        String createdBy, Instant doneAt, long version) {

    public static ActionDto from(ImprovementAction action) {
        return new ActionDto(action.id(), action.organisationId(), action.roundId(),
                action.category() == null ? null : action.category().name(), action.statementKey(), action.text(),
                action.ownerKey(), action.due(), action.state().name(), action.linkedIssueKey(), action.createdAt(),
                action.createdBy(), action.doneAt(), action.version());
    }
}
