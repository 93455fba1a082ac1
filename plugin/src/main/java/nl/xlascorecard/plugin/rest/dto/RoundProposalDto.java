package nl.xlascorecard.plugin.rest.dto;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import nl.xlascorecard.core.scorecard.domain.RoundProposal;

/** A round the app suggests planning next (not stored). */
@JsonPropertyOrder({"kind", "opens", "closes"})
public record RoundProposalDto(String kind, LocalDate opens, LocalDate closes) {

    public static RoundProposalDto from(RoundProposal proposal) {
        return new RoundProposalDto(proposal.kind().name(), proposal.opens(), proposal.closes());
    }
}
