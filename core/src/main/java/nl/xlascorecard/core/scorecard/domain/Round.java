package nl.xlascorecard.core.scorecard.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A scorecard round of one organisation.
 *
 * @param id              database id (0 before it is stored)
 * @param opens           first day of the planned answering period
 * @param closes          last day of the planned answering period (not before {@code opens})
 * @param templateVersion the template version the round asks; fixed when the round is planned
 * @param anonymous       when true no respondent identity is stored at all (spec section 6)
 * @param invitations     number of people invited (for the response rate), 0 when unknown
 * @param title           optional short label, e.g. "Voorjaar 2026"; {@code null} when none
 * @param openedAt        when it was opened, {@code null} while PLANNED
 * @param closedAt        when it was closed, {@code null} unless CLOSED
 * @param version         optimistic-lock counter
 */
public record Round(long id, long organisationId, RoundKind kind, String title, LocalDate opens, LocalDate closes,
                    RoundState state, int templateVersion, boolean anonymous, int invitations,
                    Instant createdAt, String createdBy, Instant openedAt, Instant closedAt, long version) {

    public Round {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static final int MAX_TITLE = 100;
    public static final int MAX_INVITATIONS = 100_000;

    public boolean acceptsResponses() {
        return state == RoundState.OPEN;
    }

    /**
     * This round opened at {@code at}: PLANNED -> OPEN.
     *
     * @throws nl.xlascorecard.core.shared.ConflictException when it is not PLANNED
     */
    public Round opened(Instant at) {
        if (state != RoundState.PLANNED) {
            throw ScorecardConflicts.roundState(this, RoundState.PLANNED);
        }
        return new Round(id, organisationId, kind, title, opens, closes, RoundState.OPEN, templateVersion, anonymous,
                invitations, createdAt, createdBy, at, null, version);
    }

    /**
     * This round closed at {@code at}: OPEN -> CLOSED, which is final.
     *
     * @throws nl.xlascorecard.core.shared.ConflictException when it is not OPEN
     */
    public Round closed(Instant at) {
        if (state != RoundState.OPEN) {
            throw ScorecardConflicts.roundState(this, RoundState.OPEN);
        }
        return new Round(id, organisationId, kind, title, opens, closes, RoundState.CLOSED, templateVersion, anonymous,
                invitations, createdAt, createdBy, openedAt, at, version);
    }

    /** True when the periods of the two (inclusive) date ranges share a day. */
    public static boolean overlaps(LocalDate opens1, LocalDate closes1, LocalDate opens2, LocalDate closes2) {
        return !opens1.isAfter(closes2) && !opens2.isAfter(closes1);
    }
}
