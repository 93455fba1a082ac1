package nl.xlascorecard.bench;

import java.time.Instant;
import java.util.List;

import nl.xlascorecard.core.followup.domain.FollowUpNotice;
import nl.xlascorecard.core.followup.port.out.FollowUpNotifier;
import nl.xlascorecard.core.rating.domain.RatingObservation;
import nl.xlascorecard.core.rating.port.out.RatingSource;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;

/**
 * The JSM side of a benchmark that measures something else: a service desk with no ratings to
 * reconcile and a notifier that only counts. The round-result benchmark never runs the jobs that
 * would call these; they exist because the app needs its host's services to be built.
 */
final class QuietServiceDesk implements RatingSource, FollowUpNotifier {

    private int notices;

    @Override
    public Page<RatingObservation> ratedSince(int rating, Instant since, PageRequest page) {
        return new Page<>(List.of(), page.start(), page.limit(), 0);
    }

    @Override
    public synchronized void send(FollowUpNotice notice) {
        notices++;
    }

    synchronized int notices() {
        return notices;
    }
}
