package nl.xlascorecard.core.scorecard.domain;

import java.time.LocalDate;

/** A round the app suggests planning next, from the organisation's cadence (not stored). */
public record RoundProposal(RoundKind kind, LocalDate opens, LocalDate closes) {
}
