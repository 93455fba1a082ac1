package nl.xlascorecard.plugin.jsm;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

/**
 * Hand-written stand-ins for JSM requests as Jira's issue APIs expose them (declared in
 * {@code platform-api}): custom fields found by type key, issues with field values, and an issue
 * search that understands exactly the JQL shape the rating source sends
 * ({@code Satisfaction = N [AND "Satisfaction date" >= -Mm] ORDER BY "Satisfaction date" ASC, key ASC})
 * and refuses anything else, as Jira would refuse a query on an unknown field. Nothing here was
 * verified in a running JSM.
 */
public final class FakeJsmRequests implements CustomFieldManager, SearchService {

    public record Type(String getKey) implements CustomFieldType<Object, Object> {
    }

    public record Field(String getId, Long getIdAsLong, String getName, CustomFieldType<?, ?> getCustomFieldType)
            implements CustomField {
    }

    /** JSM's custom fields, with translated names that the adapter must not rely on. */
    public static final Field SATISFACTION = new Field("customfield_10300", 10300L, "Tevredenheid",
            new Type(JsmRequestFields.SATISFACTION_TYPE));
    public static final Field SATISFACTION_DATE = new Field("customfield_10301", 10301L, "Tevredenheidsdatum",
            new Type(JsmRequestFields.SATISFACTION_DATE_TYPE));
    public static final Field ORGANIZATIONS = new Field("customfield_10302", 10302L, "Organisaties",
            new Type(JsmRequestFields.ORGANIZATIONS_TYPE));
    public static final Field OTHER = new Field("customfield_10400", 10400L, "Satisfaction", new Type("com.example:text"));

    public static final class Request implements Issue {

        private final long id;
        private final String key;
        private final ApplicationUser reporter;
        private final Map<String, Object> values = new HashMap<>();
        private Timestamp updated;
        /** What Jira's index knows: the rating JQL "Satisfaction = N" matches. */
        private Integer indexedRating;
        private Instant indexedRatedAt;

        public Request(long id, String key, ApplicationUser reporter) {
            this.id = id;
            this.key = key;
            this.reporter = reporter;
        }

        /** Rated as JSM stores it: a value object whose class is not public, plus the date. */
        public Request rated(int stars, Instant at) {
            return rated(stars, new OpaqueFeedback(stars), at);
        }

        /** Rated {@code stars} (what the index knows) with this field value (what the adapter reads). */
        public Request rated(int stars, Object satisfactionValue, Instant at) {
            indexedRating = stars;
            indexedRatedAt = at;
            values.put(SATISFACTION.getId(), satisfactionValue);
            values.put(SATISFACTION_DATE.getId(), at == null ? null : Timestamp.from(at));
            updated = at == null ? updated : Timestamp.from(at);
            return this;
        }

        public Request inOrganisations(List<?> organisations) {
            values.put(ORGANIZATIONS.getId(), organisations);
            return this;
        }

        public Request set(CustomField field, Object value) {
            values.put(field.getId(), value);
            return this;
        }

        public Request updatedAt(Instant at) {
            updated = Timestamp.from(at);
            return this;
        }

        @Override
        public Long getId() {
            return id;
        }

        @Override
        public String getKey() {
            return key;
        }

        @Override
        public ApplicationUser getReporter() {
            return reporter;
        }

        @Override
        public Timestamp getUpdated() {
            return updated;
        }

        @Override
        public Object getCustomFieldValue(CustomField customField) {
            return values.get(customField.getId());
        }
    }

    /** A rating value object like JSM's internal one: only its text says what it holds. */
    public record OpaqueFeedback(int stars) {
        @Override
        public String toString() {
            return "CustomerFeedback{rating=" + stars + ", comment=<not public>}";
        }
    }

    private record ParsedJql(String getQueryString, int rating, Long minutesAgo) implements Query {
    }

    private record Errors(Set<String> getErrorMessages) implements MessageSet {
        @Override
        public boolean hasAnyErrors() {
            return !getErrorMessages.isEmpty();
        }
    }

    private static final Pattern RATING_JQL = Pattern.compile(
            "Satisfaction = ([1-5])(?: AND \"Satisfaction date\" >= -(\\d+)m)? ORDER BY \"Satisfaction date\" ASC, key ASC");

    public final List<Field> fields = new ArrayList<>(List.of(OTHER, SATISFACTION, SATISFACTION_DATE, ORGANIZATIONS));
    public final List<Request> requests = new ArrayList<>();
    /** The searchers of every search, in order. */
    public final List<ApplicationUser> searchers = new ArrayList<>();
    public final List<String> queries = new ArrayList<>();
    public Instant now = Instant.parse("2026-03-11T09:00:00Z");
    public boolean failSearches;

    @Override
    public List<CustomField> getCustomFieldObjects() {
        return List.copyOf(fields);
    }

    @Override
    public ParseResult parseQuery(ApplicationUser searcher, String query) {
        queries.add(query);
        Matcher m = RATING_JQL.matcher(query);
        if (!m.matches() || !fields.contains(SATISFACTION)) {
            return new ParseResult(null, new Errors(Set.of("Field 'Satisfaction' does not exist or you do not have permission to view it.")));
        }
        return new ParseResult(new ParsedJql(query, Integer.parseInt(m.group(1)),
                m.group(2) == null ? null : Long.valueOf(m.group(2))), new Errors(Set.of()));
    }

    @Override
    public SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter<?> pager) throws SearchException {
        searchers.add(searcher);
        if (failSearches) {
            throw new SearchException("index unavailable");
        }
        ParsedJql jql = (ParsedJql) query;
        Instant since = jql.minutesAgo() == null ? Instant.MIN : now.minus(Duration.ofMinutes(jql.minutesAgo()));
        List<Issue> matching = requests.stream()
                .filter(r -> r.indexedRating != null && r.indexedRating == jql.rating())
                .filter(r -> r.indexedRatedAt != null && !r.indexedRatedAt.isBefore(since))
                .sorted(Comparator.comparing((Request r) -> r.indexedRatedAt).thenComparing(Request::getKey))
                .map(Issue.class::cast)
                .toList();
        List<Issue> page = matching.subList(Math.min(pager.getStart(), matching.size()),
                Math.min(pager.getStart() + pager.getMax(), matching.size()));
        return new SearchResults<>(page, matching.size(), pager);
    }
}
