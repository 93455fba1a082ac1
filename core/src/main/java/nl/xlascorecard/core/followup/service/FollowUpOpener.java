package nl.xlascorecard.core.followup.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;

import nl.xlascorecard.core.followup.domain.FollowUp;
import nl.xlascorecard.core.followup.domain.FollowUpSettings;
import nl.xlascorecard.core.followup.port.in.RespondToRatings;
import nl.xlascorecard.core.followup.port.out.FollowUpRepository;
import nl.xlascorecard.core.followup.port.out.FollowUpSettingsRepository;
import nl.xlascorecard.core.organisation.domain.OrganisationProfile;
import nl.xlascorecard.core.organisation.port.out.OrganisationProfileRepository;

/**
 * Opens the follow-up of an unhappy rating, and keeps an open one in step with later rating changes.
 * Runs inside the transaction of the rating recording.
 */
public final class FollowUpOpener implements RespondToRatings {

    private final FollowUpRepository followUps;
    private final FollowUpSettingsRepository settings;
    private final OrganisationProfileRepository profiles;
    private final Clock clock;

    public FollowUpOpener(FollowUpRepository followUps, FollowUpSettingsRepository settings,
                          OrganisationProfileRepository profiles, Clock clock) {
        this.followUps = Objects.requireNonNull(followUps);
        this.settings = Objects.requireNonNull(settings);
        this.profiles = Objects.requireNonNull(profiles);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Optional<FollowUp> ratingChanged(RatedRequest rated) {
        FollowUpSettings s = settings.load();
        Optional<FollowUp> existing = followUps.findByRequestKey(rated.requestKey());
        if (existing.isPresent()) {
            keepInStep(existing.get(), rated, s);
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (!s.isUnhappy(rated.rating()) || rated.organisationIds().isEmpty() || tooOld(rated, s, now)) {
            return Optional.empty();
        }
        // A request in several organisations is called back once, for its lowest organisation id:
        // the same choice whichever source delivers the rating.
        long organisationId = Collections.min(rated.organisationIds());
        Instant due = s.businessCalendar().plus(rated.ratedAt(), s.window());
        return followUps.insertIfAbsent(FollowUp.open(rated.requestKey(), organisationId,
                firstServiceManager(organisationId), rated.rating(), rated.ratedAt(), now, due));
    }

    /**
     * An open follow-up follows the rating: raised above the threshold marks it (the call is still
     * worth making: the customer was unhappy once), lowered again unmarks it. A closed one is history.
     */
    private void keepInStep(FollowUp followUp, RatedRequest rated, FollowUpSettings s) {
        boolean raised = !s.isUnhappy(rated.rating());
        if (followUp.isOpen()
                && (followUp.rating() != rated.rating() || followUp.ratingRaisedAboveThreshold() != raised)) {
            followUps.update(followUp.withRating(rated.rating(), raised));
        }
    }

    private static boolean tooOld(RatedRequest rated, FollowUpSettings s, Instant now) {
        return rated.ratedAt().isBefore(now.minus(Duration.ofDays(s.maxRatingAgeDays())));
    }

    /** The organisation's first listed service manager; {@code null} (the group) when it lists none. */
    private String firstServiceManager(long organisationId) {
        return profiles.find(organisationId)
                .map(OrganisationProfile::serviceManagerKeys)
                .filter(keys -> !keys.isEmpty())
                .map(keys -> keys.get(0))
                .orElse(null);
    }
}
