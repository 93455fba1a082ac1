package nl.xlascorecard.core.rating.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import nl.xlascorecard.core.followup.domain.FollowUpView;
import nl.xlascorecard.core.followup.port.in.WorkFollowUps;
import nl.xlascorecard.core.followup.port.out.FollowUpRepository;
import nl.xlascorecard.core.organisation.domain.OrganisationRef;
import nl.xlascorecard.core.organisation.port.out.OrganisationDirectory;
import nl.xlascorecard.core.organisation.service.OrganisationAccess;
import nl.xlascorecard.core.rating.domain.CsatFigures;
import nl.xlascorecard.core.rating.domain.RequestExperience;
import nl.xlascorecard.core.rating.domain.RequestExperience.OrganisationExperience;
import nl.xlascorecard.core.rating.domain.TicketRating;
import nl.xlascorecard.core.rating.port.in.ReadRequestExperience;
import nl.xlascorecard.core.rating.port.out.TicketRatingRepository;
import nl.xlascorecard.core.scorecard.port.in.ReadRoundResults;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.FieldErrors;
import nl.xlascorecard.core.shared.ForbiddenException;
import nl.xlascorecard.core.shared.Inputs;
import nl.xlascorecard.core.shared.NotFoundException;

/**
 * The experience panel's data in one call. Reads by key and by organisation only (each a lookup on
 * an indexed column), so its cost does not grow with the number of ratings or follow-ups; the
 * newest closed round's result is the one part that reads responses (those of at most three rounds).
 */
public final class RequestExperienceService implements ReadRequestExperience {

    public static final String REQUEST_NOT_FOUND = "xla.error.experience.notFound";
    public static final String NO_ACCESS = "xla.error.permission.requests";
    static final String TOO_MANY_ORGANISATIONS = "xla.error.experience.tooManyOrganisations";

    private final TicketRatingRepository ratings;
    private final FollowUpRepository followUps;
    private final WorkFollowUps work;
    private final ReadRoundResults results;
    private final OrganisationDirectory directory;
    private final OrganisationAccess access;
    private final Clock clock;

    public RequestExperienceService(TicketRatingRepository ratings, FollowUpRepository followUps, WorkFollowUps work,
                                    ReadRoundResults results, OrganisationDirectory directory,
                                    OrganisationAccess access, Clock clock) {
        this.ratings = Objects.requireNonNull(ratings);
        this.followUps = Objects.requireNonNull(followUps);
        this.work = Objects.requireNonNull(work);
        this.results = Objects.requireNonNull(results);
        this.directory = Objects.requireNonNull(directory);
        this.access = Objects.requireNonNull(access);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public RequestExperience forRequest(Caller caller, String requestKey, List<Long> organisationIdsOfIssue) {
        String key = Inputs.stripped(requestKey);
        List<Long> hinted = organisationIdsOfIssue == null ? List.of()
                : organisationIdsOfIssue.stream().filter(Objects::nonNull).distinct().sorted().toList();
        check(key, hinted);
        OrganisationAccess.Scope scope = access.scope(caller);
        if (!scope.seesAny()) {
            throw new ForbiddenException(NO_ACCESS, caller.userKey() + " sees no organisation's requests");
        }
        Optional<TicketRating> stored = ratings.find(key);
        Optional<FollowUpView> followUp = work.forRequest(caller, key);

        List<Long> organisationIds;
        TicketRating rating = null;
        if (stored.isPresent()) {
            TicketRating r = stored.get();
            boolean visible = r.organisationIds().isEmpty() ? scope.seesAll()
                    : r.organisationIds().stream().anyMatch(scope::canSee);
            if (!visible && followUp.isEmpty()) {
                throw notFound(key);
            }
            rating = visible ? r : null;
            organisationIds = r.organisationIds().stream().filter(scope::canSee).toList();
        } else if (followUp.isPresent()) {
            organisationIds = List.of(followUp.get().followUp().organisationId());
        } else if (followUps.findByRequestKey(key).isPresent()) {
            throw notFound(key); // a follow-up the caller may not see: the request is hidden
        } else {
            // Not known to the app: go by the issue's organisations, each of which the caller must see.
            for (long id : hinted) {
                access.checkVisible(caller, id);
            }
            organisationIds = hinted;
        }
        return new RequestExperience(key, rating, followUp.orElse(null),
                summaries(caller, withFollowUpOrganisation(organisationIds, followUp)));
    }

    private static void check(String key, List<Long> hinted) {
        FieldErrors errors = new FieldErrors();
        if (errors.required("requestKey", key)) {
            if (key.length() > TicketRating.MAX_REQUEST_KEY) {
                errors.maxLength("requestKey", key, TicketRating.MAX_REQUEST_KEY);
            } else if (!RatingRules.REQUEST_KEY.matcher(key).matches()) {
                errors.add("requestKey", RatingRules.REQUEST_KEY_FORMAT);
            }
        }
        if (hinted.size() > MAX_ORGANISATIONS) {
            errors.add("organisationId", TOO_MANY_ORGANISATIONS, String.valueOf(MAX_ORGANISATIONS));
        }
        errors.throwIfAny();
    }

    /** The follow-up's organisation always belongs to the summary, also when the rating no longer lists it. */
    private static List<Long> withFollowUpOrganisation(List<Long> organisationIds, Optional<FollowUpView> followUp) {
        TreeSet<Long> ids = new TreeSet<>(organisationIds);
        followUp.ifPresent(f -> ids.add(f.followUp().organisationId()));
        return ids.stream().limit(MAX_ORGANISATIONS).toList();
    }

    private List<OrganisationExperience> summaries(Caller caller, List<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = directory.findAll(organisationIds).stream()
                .collect(Collectors.toMap(OrganisationRef::id, OrganisationRef::name, (a, b) -> a));
        Instant now = clock.instant();
        Instant since = now.minus(Duration.ofDays(CSAT_DAYS));
        List<OrganisationExperience> summaries = new ArrayList<>();
        for (long id : organisationIds) {
            CsatFigures csat = CsatFigures.of(id, CSAT_DAYS, since, ratings.distribution(id, since));
            FollowUpRepository.OpenCounts open = followUps.countOpen(id, now);
            summaries.add(new OrganisationExperience(id, names.get(id), csat, results.latestClosed(caller, id),
                    open.open(), open.overdue()));
        }
        return summaries;
    }

    private static NotFoundException notFound(String key) {
        return new NotFoundException(REQUEST_NOT_FOUND, "request " + key + " missing or hidden");
    }
}
