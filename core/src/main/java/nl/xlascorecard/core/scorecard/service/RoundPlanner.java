package nl.xlascorecard.core.scorecard.service;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import nl.xlascorecard.core.scorecard.domain.Round;
import nl.xlascorecard.core.scorecard.domain.RoundKind;
import nl.xlascorecard.core.scorecard.domain.RoundProposal;

/**
 * Suggests the next rounds of an organisation from its cadence (spec: default 3 periodic rounds a
 * year). Each proposed round is open for {@value #OPEN_DAYS} days. The baseline comes first when the
 * organisation has none; periodic rounds follow every 12/roundsPerYear months after the opening of
 * the latest round (planned or not), or from next Monday when there is no round at all. Candidates
 * that would start today or earlier, or overlap an existing round, are skipped.
 */
public final class RoundPlanner {

    public static final int OPEN_DAYS = 21;
    public static final int PERIODIC_PROPOSALS = 3;
    /** Average month length, for cadences that do not divide the year into whole months (5, 7...). */
    private static final double DAYS_PER_MONTH = 365.25 / 12;
    /** Enough steps to pass a few years of existing rounds; bounds the loop on odd data. */
    private static final int MAX_STEPS = 120;

    private final Clock clock;

    public RoundPlanner(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * @param roundsPerYear the organisation's cadence, 1..12
     * @param hasBaseline   whether the organisation has a baseline round already
     * @param existing      the organisation's recent rounds, any state, any order
     */
    public List<RoundProposal> propose(int roundsPerYear, boolean hasBaseline, List<Round> existing) {
        LocalDate today = LocalDate.now(clock);
        LocalDate nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        List<RoundProposal> taken = new ArrayList<>(existing.stream()
                .map(r -> new RoundProposal(r.kind(), r.opens(), r.closes())).toList());
        List<RoundProposal> proposals = new ArrayList<>();

        if (!hasBaseline) {
            LocalDate opens = nextMonday;
            while (overlapsAny(window(RoundKind.BASELINE, opens), taken)) {
                opens = opens.plusWeeks(1);
            }
            RoundProposal baseline = window(RoundKind.BASELINE, opens);
            proposals.add(baseline);
            taken.add(baseline);
        }

        LocalDate anchor = taken.stream().map(RoundProposal::opens).max(Comparator.naturalOrder()).orElse(null);
        LocalDate start = anchor == null ? nextMonday : anchor;
        int periodic = 0;
        for (int step = anchor == null ? 0 : 1; step <= MAX_STEPS && periodic < PERIODIC_PROPOSALS; step++) {
            RoundProposal candidate = window(RoundKind.PERIODIC, start.plus(offset(step, roundsPerYear)));
            if (candidate.opens().isAfter(today) && !overlapsAny(candidate, taken)) {
                proposals.add(candidate);
                taken.add(candidate);
                periodic++;
            }
        }
        return List.copyOf(proposals);
    }

    /** {@code step} periods of 12/roundsPerYear months: whole months, the remainder in days. */
    private static Period offset(int step, int roundsPerYear) {
        int twelfths = step * 12;
        int months = twelfths / roundsPerYear;
        double remainder = (double) (twelfths % roundsPerYear) / roundsPerYear;
        return Period.of(0, months, (int) Math.round(remainder * DAYS_PER_MONTH));
    }

    private static RoundProposal window(RoundKind kind, LocalDate opens) {
        return new RoundProposal(kind, opens, opens.plusDays(OPEN_DAYS - 1));
    }

    private static boolean overlapsAny(RoundProposal candidate, List<RoundProposal> taken) {
        return taken.stream().anyMatch(t -> Round.overlaps(candidate.opens(), candidate.closes(), t.opens(), t.closes()));
    }
}
