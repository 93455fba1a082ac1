package nl.xlascorecard.core.target.port.in;

import java.util.List;
import java.util.Set;

import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.target.domain.OrganisationOverview;

/**
 * In-port: XLA statuses of many organisations beside their SLA results (the overview and watermelon
 * dashboard items). Reads stored statuses, never measures: a page costs a fixed number of queries
 * whatever its size.
 */
public interface ReadXlaOverview {

    int DEFAULT_SLA_DAYS = 30;
    /**
     * The SLA windows the dashboard items offer ({@code SLA_DAYS} in {@code web/dashboard/xla-targets.js}).
     * Their figures come from stored snapshots, refreshed in the background; any other window the REST
     * resource accepts is measured live.
     */
    List<Integer> OFFERED_SLA_DAYS = List.of(7, 30, 90);
    int MAX_SLA_DAYS = 366;
    int DEFAULT_LIMIT = 50;
    /** A page may hold a thousand organisations: the overview of spec section 5 in one request. */
    int MAX_LIMIT = 1000;

    /**
     * @param organisationIds only these organisations (each must be visible, else 404); empty = every
     *                        organisation the caller may see, by name
     * @param slaDays         SLA window in days up to now, 1..{@value #MAX_SLA_DAYS}
     * @throws nl.xlascorecard.core.shared.ForbiddenException for callers who see no organisation
     */
    Page<OrganisationOverview> overview(Caller caller, Set<Long> organisationIds, int slaDays, int start, int limit);
}
