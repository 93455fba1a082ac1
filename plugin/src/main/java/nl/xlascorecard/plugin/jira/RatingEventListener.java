package nl.xlascorecard.plugin.jira;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

import nl.xlascorecard.core.rating.domain.RatingObservation;
import nl.xlascorecard.core.rating.port.in.RecordTicketRating;
import nl.xlascorecard.core.rating.port.in.RecordTicketRating.RatingRecorded;
import nl.xlascorecard.plugin.jsm.JsmRequestFields;

/**
 * Records a request's rating as soon as Jira reports a change of the request. JSM fires no feedback
 * event and does not document which issue event (if any) a rating causes, so every issue event of a
 * rated request is looked at; recording is idempotent, so the many events that do not change the
 * rating change nothing. This is only an accelerator: the reconciliation job finds whatever this
 * misses (an unreadable value, a node that was down, the app disabled).
 *
 * <p>Never throws into Jira: a failure is logged, and the issue operation that fired the event is
 * not disturbed. Registered with the {@link EventPublisher} when the app starts, unregistered when
 * it stops ({@link #register()}/{@link #unregister()}).
 *
 * <p>Compiled and tested against the declarations in {@code platform-api}; not verified in a running Jira.
 */
public final class RatingEventListener {

    private static final Logger LOG = LoggerFactory.getLogger(RatingEventListener.class);

    private final EventPublisher events;
    private final JsmRequestFields fields;
    private final RecordTicketRating recorder;

    public RatingEventListener(EventPublisher events, JsmRequestFields fields, RecordTicketRating recorder) {
        this.events = Objects.requireNonNull(events, "events");
        this.fields = Objects.requireNonNull(fields, "fields");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    public void register() {
        events.register(this);
    }

    public void unregister() {
        events.unregister(this);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Issue request = event == null ? null : event.getIssue();
        if (request == null) {
            return;
        }
        try {
            observation(request).ifPresent(this::record);
        } catch (RuntimeException e) {
            LOG.warn("Could not record the rating of {}; the reconciliation job will pick it up", request.getKey(), e);
        }
    }

    private void record(RatingObservation observation) {
        RatingRecorded recorded = recorder.record(observation);
        LOG.debug("Rating of {}: {}{}", observation.requestKey(), recorded.outcome(),
                recorded.followUp().map(f -> ", follow-up " + f.id() + " opened").orElse(""));
    }

    /** The request's rating, when it has one that can be read without guessing. */
    private Optional<RatingObservation> observation(Issue request) {
        if (!fields.isRated(request)) {
            return Optional.empty();
        }
        OptionalInt rating = fields.rating(request);
        Optional<Instant> ratedAt = fields.ratedAt(request);
        if (rating.isEmpty() || ratedAt.isEmpty()) {
            LOG.debug("Rating of {} not readable from the event; left to the reconciliation job", request.getKey());
            return Optional.empty();
        }
        ApplicationUser reporter = request.getReporter();
        return Optional.of(new RatingObservation(request.getKey(), request.getId() == null ? 0 : request.getId(),
                fields.organisationIds(request), rating.getAsInt(), null, ratedAt.get(),
                reporter == null ? null : reporter.getKey(), reporter == null ? null : reporter.getDisplayName()));
    }
}
