package nl.xlascorecard.core.target.domain;

import java.util.List;
import java.util.Objects;

import nl.xlascorecard.core.organisation.domain.OrganisationRef;

/**
 * One row of the XLA overview: an organisation's effective targets with their stored statuses, next
 * to its SLA results.
 *
 * @param sla         {@code null} when there is no SLA data for the organisation
 * @param worstStatus the worst of the target statuses (see {@link TargetStatus#worse}), {@code null}
 *                    when the organisation has no target
 * @param watermelon  SLA good (at least {@link #SLA_GOOD_PERCENT} % met) while a target is AT_RISK or
 *                    BREACHED: green outside, red inside
 */
public record OrganisationOverview(OrganisationRef organisation, SlaFigures sla, TargetStatus worstStatus,
                                   boolean watermelon, List<TargetView> targets) {

    /** SLA met share from which the SLA counts as green (docs/decisions-targets.md). */
    public static final double SLA_GOOD_PERCENT = 95.0;

    public OrganisationOverview {
        Objects.requireNonNull(organisation, "organisation");
        targets = List.copyOf(targets);
    }

    public static OrganisationOverview of(OrganisationRef organisation, SlaFigures sla, List<TargetView> targets) {
        TargetStatus worst = null;
        boolean red = false;
        for (TargetView view : targets) {
            worst = view.status().worse(worst);
            red |= view.status().isRed();
        }
        boolean slaGood = sla != null && sla.percent() != null && sla.percent() >= SLA_GOOD_PERCENT;
        return new OrganisationOverview(organisation, sla, worst, slaGood && red, targets);
    }
}
