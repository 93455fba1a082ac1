package nl.xlascorecard.core.rating.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.xlascorecard.core.organisation.service.OrganisationAccess;
import nl.xlascorecard.core.rating.domain.CsatFigures;
import nl.xlascorecard.core.rating.domain.TicketRating;
import nl.xlascorecard.core.rating.port.in.ReadTicketRatings;
import nl.xlascorecard.core.rating.port.out.TicketRatingRepository;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.FieldErrors;
import nl.xlascorecard.core.shared.Inputs;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;

/** Ratings and CSAT figures for everyone who may see the organisation. */
public final class RatingReadService implements ReadTicketRatings {

    private final TicketRatingRepository ratings;
    private final OrganisationAccess access;
    private final Clock clock;

    public RatingReadService(TicketRatingRepository ratings, OrganisationAccess access, Clock clock) {
        this.ratings = Objects.requireNonNull(ratings);
        this.access = Objects.requireNonNull(access);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Page<TicketRating> listByOrganisation(Caller caller, long organisationId, PageRequest page) {
        access.checkVisible(caller, organisationId);
        return ratings.listByOrganisation(organisationId, page);
    }

    /**
     * Visible when the caller sees any of the request's organisations; a request without
     * organisation only to those who see every organisation.
     */
    @Override
    public Optional<TicketRating> forRequest(Caller caller, String requestKey) {
        String key = Inputs.stripped(requestKey);
        if (key == null || key.length() > TicketRating.MAX_REQUEST_KEY) {
            return Optional.empty();
        }
        OrganisationAccess.Scope scope = access.scope(caller);
        return ratings.find(key).filter(r -> r.organisationIds().isEmpty()
                ? scope.seesAll()
                : r.organisationIds().stream().anyMatch(scope::canSee));
    }

    @Override
    public RatingExport export(Caller caller, long organisationId, int days) {
        FieldErrors errors = new FieldErrors();
        errors.range("days", days, 1, MAX_DAYS);
        errors.throwIfAny();
        access.checkVisible(caller, organisationId);
        Instant since = clock.instant().minus(Duration.ofDays(days));
        return batch -> {
            TicketRatingRepository.After after = null;
            while (true) {
                List<TicketRating> page = ratings.listByOrganisationSince(organisationId, since, after, EXPORT_BATCH);
                if (!page.isEmpty()) {
                    batch.accept(page);
                }
                if (page.size() < EXPORT_BATCH) {
                    return;
                }
                after = TicketRatingRepository.After.of(page.get(page.size() - 1));
            }
        };
    }

    @Override
    public CsatFigures csat(Caller caller, long organisationId, int days) {
        FieldErrors errors = new FieldErrors();
        errors.range("days", days, 1, MAX_DAYS);
        errors.throwIfAny();
        access.checkVisible(caller, organisationId);
        Instant since = clock.instant().minus(Duration.ofDays(days));
        return CsatFigures.of(organisationId, days, since, ratings.distribution(organisationId, since));
    }
}
