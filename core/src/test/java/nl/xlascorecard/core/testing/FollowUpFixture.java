package nl.xlascorecard.core.testing;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import nl.xlascorecard.core.action.service.ImprovementActionService;
import nl.xlascorecard.core.followup.service.FollowUpMetricsService;
import nl.xlascorecard.core.followup.service.FollowUpOpener;
import nl.xlascorecard.core.followup.service.FollowUpReminderService;
import nl.xlascorecard.core.followup.service.FollowUpSettingsService;
import nl.xlascorecard.core.followup.service.FollowUpWorkService;
import nl.xlascorecard.core.organisation.domain.Language;
import nl.xlascorecard.core.organisation.domain.OrganisationProfile;
import nl.xlascorecard.core.organisation.service.OrganisationService;
import nl.xlascorecard.core.rating.domain.RatingObservation;
import nl.xlascorecard.core.rating.service.RatingReadService;
import nl.xlascorecard.core.rating.service.RatingReconciliationService;
import nl.xlascorecard.core.rating.service.RatingRecordingService;

/**
 * The rating and follow-up services over in-memory fakes, wired like the composition root, on top
 * of {@link CoreFixture}. Organisation 1 lists service managers "sm1" and "sm2" (in that order);
 * organisation 2 lists none. The clock can be moved; it starts at {@link CoreFixture#NOW}
 * (Wednesday 4 March 2026, 10:00 in Amsterdam).
 */
public final class FollowUpFixture {

    public final CoreFixture core = new CoreFixture();
    public final FakeTransactions tx = core.tx;
    public final MutableClock clock = new MutableClock(CoreFixture.NOW, ZoneId.of("Europe/Amsterdam"));
    public final InMemoryTicketRatingRepository ratings = new InMemoryTicketRatingRepository(tx);
    public final InMemoryFollowUpRepository followUps = new InMemoryFollowUpRepository(tx);
    public final InMemoryFollowUpSettingsRepository settings = new InMemoryFollowUpSettingsRepository(tx);
    public final InMemoryRatingSource source = new InMemoryRatingSource();
    public final InMemoryReconciliationCheckpoint checkpoint = new InMemoryReconciliationCheckpoint(tx);
    public final RecordingNotifier notifier = new RecordingNotifier(tx);

    public final OrganisationService organisations = new OrganisationService(core.directory, core.profiles,
            core.access, tx);
    public final ImprovementActionService actions = new ImprovementActionService(core.actions, core.rounds,
            core.directory, core.access, core.templateVersions, tx, clock);
    public final FollowUpOpener opener = new FollowUpOpener(followUps, settings, core.profiles, clock);
    public final RatingRecordingService recorder = new RatingRecordingService(ratings, opener, tx);
    public final RatingReadService ratingReader = new RatingReadService(ratings, core.access, clock);
    public final RatingReconciliationService reconciler = new RatingReconciliationService(source, recorder,
            checkpoint, tx, clock);
    public final FollowUpWorkService work = new FollowUpWorkService(followUps, settings, core.access, organisations,
            actions, tx, clock);
    public final FollowUpMetricsService metrics = new FollowUpMetricsService(followUps, settings, core.access, clock);
    public final FollowUpReminderService reminders = new FollowUpReminderService(followUps, settings, core.settings,
            core.directory, notifier, tx, clock);
    public final FollowUpSettingsService settingsService = new FollowUpSettingsService(settings, core.access, tx);

    public FollowUpFixture() {
        core.profiles.put(new OrganisationProfile(CoreFixture.ORG, Language.NL, null, List.of("sm1", "sm2"),
                OrganisationProfile.DEFAULT_ROUNDS_PER_YEAR, 1));
    }

    /** A rating of request {@code key} in organisation 1 by customer "cust1" (Anna de Vries). */
    public static RatingObservation observation(String key, int rating, String ratedAt) {
        return observation(key, rating, ratedAt, List.of(CoreFixture.ORG));
    }

    public static RatingObservation observation(String key, int rating, String ratedAt, List<Long> organisations) {
        return new RatingObservation(key, 10_000 + Long.parseLong(key.substring(key.indexOf('-') + 1)), organisations,
                rating, "Het duurde lang", Instant.parse(ratedAt), "cust1", "Anna de Vries");
    }
}
