package nl.xlascorecard.plugin.rest.dto;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import nl.xlascorecard.core.scorecard.domain.Round;

/** A scorecard round. {@code version} must be sent back to open or close it. */
@JsonPropertyOrder({"id", "organisationId", "kind", "title", "opens", "closes", "state", "templateVersion",
        "anonymous", "invitations", "createdAt", "createdBy", "openedAt", "closedAt", "version"})
public record RoundDto(long id, long organisationId, String kind, String title, LocalDate opens, LocalDate closes,
                       String state, int templateVersion, boolean anonymous, int invitations, Instant createdAt,
                       String createdBy, Instant openedAt, Instant closedAt, long version) {

    public static RoundDto from(Round round) {
        return new RoundDto(round.id(), round.organisationId(), round.kind().name(), round.title(), round.opens(),
                round.closes(), round.state().name(), round.templateVersion(), round.anonymous(), round.invitations(),
                round.createdAt(), round.createdBy(), round.openedAt(), round.closedAt(), round.version());
    }
}
