package nl.xlascorecard.plugin.jsm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.bc.issue.search.SearchService.ParseResult;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;

import nl.xlascorecard.core.rating.domain.RatingObservation;
import nl.xlascorecard.core.rating.port.out.RatingSource;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;

/**
 * {@link RatingSource} on JSM through Jira's public issue search: JSM offers no Java API for
 * satisfaction feedback, but its fields are searchable, so one JQL search per rating value,
 * {@code Satisfaction = N AND "Satisfaction date" >= -Mm ORDER BY "Satisfaction date" ASC, key ASC},
 * finds the requests rated N since a time, and the rating itself comes from the query, not from
 * JSM's internal value class. The time is written as a relative number of minutes because an
 * absolute JQL date is read in the searching user's time zone; rounding the minutes up reads a
 * little more than asked, which the idempotent recording absorbs.
 *
 * <p>Searches run as the {@code searcher} (Jira applies that user's permissions): requests the
 * searcher may not browse are not found. Which user that is, is decided by the composition root.
 *
 * <p>Compiled and tested against the declarations in {@code platform-api}; not verified in a running JSM.
 */
public final class JqlRatingSource implements RatingSource {

    private static final Logger LOG = LoggerFactory.getLogger(JqlRatingSource.class);

    private final SearchService search;
    private final JsmRequestFields fields;
    private final Supplier<ApplicationUser> searcher;
    private final Clock clock;

    public JqlRatingSource(SearchService search, JsmRequestFields fields, Supplier<ApplicationUser> searcher, Clock clock) {
        this.search = Objects.requireNonNull(search, "search");
        this.fields = Objects.requireNonNull(fields, "fields");
        this.searcher = Objects.requireNonNull(searcher, "searcher");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Page<RatingObservation> ratedSince(int rating, Instant since, PageRequest page) {
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("rating " + rating);
        }
        ApplicationUser user = searcher.get();
        String jql = jql(rating, since, clock.instant());
        ParseResult parsed = search.parseQuery(user, jql);
        if (!parsed.isValid()) {
            // JSM's fields are missing (JSM not licensed or the fields were removed): nothing to read.
            throw new JsmSearchException("JQL not accepted: " + jql + " " + parsed.getErrors().getErrorMessages(), null);
        }
        SearchResults<Issue> results;
        try {
            results = search.search(user, parsed.getQuery(), new PagerFilter<>(page.start(), page.limit()));
        } catch (SearchException e) {
            throw new JsmSearchException("Search failed: " + jql, e);
        }
        List<RatingObservation> observations = new ArrayList<>();
        for (Issue request : results.getResults()) {
            observation(request, rating).ifPresent(observations::add);
        }
        return new Page<>(observations, page.start(), page.limit(), results.getTotal());
    }

    /** The search of requests rated {@code rating} at or after {@code since}, as seen at {@code now}. */
    static String jql(int rating, Instant since, Instant now) {
        StringBuilder jql = new StringBuilder("Satisfaction = ").append(rating);
        if (since.isAfter(Instant.EPOCH)) {
            long seconds = Math.max(0, Duration.between(since, now).getSeconds());
            long minutes = (seconds + 59) / 60 + 1;
            jql.append(" AND \"Satisfaction date\" >= -").append(minutes).append('m');
        }
        return jql.append(" ORDER BY \"Satisfaction date\" ASC, key ASC").toString();
    }

    private Optional<RatingObservation> observation(Issue request, int rating) {
        Optional<Instant> ratedAt = fields.ratedAt(request);
        if (ratedAt.isEmpty()) {
            // Found by "Satisfaction date >= ...", so it has one; an unreadable value falls back to the
            // request's last update, which is at or after the rating.
            LOG.debug("Satisfaction date of {} not readable; using its update time", request.getKey());
        }
        Instant at = ratedAt.orElseGet(() -> request.getUpdated() == null ? null : request.getUpdated().toInstant());
        if (at == null) {
            LOG.warn("Skipping {}: no rating time", request.getKey());
            return Optional.empty();
        }
        ApplicationUser reporter = request.getReporter();
        return Optional.of(new RatingObservation(request.getKey(), request.getId() == null ? 0 : request.getId(),
                fields.organisationIds(request), rating, null, at,
                reporter == null ? null : reporter.getKey(), reporter == null ? null : reporter.getDisplayName()));
    }
}
