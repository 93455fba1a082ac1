package nl.xlascorecard.core.testing;

import java.time.Instant;
import java.time.LocalDate;

import nl.xlascorecard.core.scorecard.domain.Round;
import nl.xlascorecard.core.scorecard.domain.RoundKind;
import nl.xlascorecard.core.scorecard.domain.RoundState;

/** Rounds for test setup. */
public final class Rounds {

    private static final Instant CREATED = Instant.parse("2025-01-01T00:00:00Z");

    private Rounds() {
    }

    public static Round round(long organisationId, RoundKind kind, RoundState state, String opens, String closes) {
        return new Round(0, organisationId, kind, null, LocalDate.parse(opens), LocalDate.parse(closes), state, 1,
                false, 0, CREATED, "sm", state == RoundState.PLANNED ? null : CREATED,
                state == RoundState.CLOSED ? CREATED : null, 0);
    }

    public static Round withInvitations(Round r, int invitations, boolean anonymous) {
        return new Round(r.id(), r.organisationId(), r.kind(), r.title(), r.opens(), r.closes(), r.state(),
                r.templateVersion(), anonymous, invitations, r.createdAt(), r.createdBy(), r.openedAt(), r.closedAt(),
                r.version());
    }
}
