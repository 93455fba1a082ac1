package nl.xlascorecard.core.nps.port.in;

import nl.xlascorecard.core.nps.domain.SatisfactionTrend;
import nl.xlascorecard.core.shared.Caller;

/** In-port: an organisation's CSAT and NPS per month, for whoever may see its CSAT. */
public interface ReadSatisfactionTrend {

    int DEFAULT_MONTHS = 12;
    int MAX_MONTHS = 60;

    /**
     * The last {@code months} calendar months (1..60), the current one included, oldest first.
     *
     * @throws nl.xlascorecard.core.shared.ValidationException {@code months} out of range (field {@code months})
     * @throws nl.xlascorecard.core.shared.NotFoundException organisation missing or hidden
     */
    SatisfactionTrend trend(Caller caller, long organisationId, int months);
}
