package nl.xlascorecard.plugin.jsm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.servicedesk.api.organization.CustomerOrganization;

/**
 * Reads JSM's own fields of a request: "Satisfaction", "Satisfaction date" and "Organizations".
 * Fields are found by their custom field type key, never by name (names are translated and can be
 * renamed), and looked up on every call: the lookup is a walk over Jira's cached field list, and
 * nothing node-local can go stale.
 *
 * <p>The value classes of these fields are not public API, so each value is read defensively:
 * <ul>
 * <li>Satisfaction: a {@link Number}, else the value's {@code toString()} when it holds exactly one
 *     rating 1..5 (as {@code rating=4}, {@code "rating":4} or the bare digit). Anything else reads as
 *     unknown: the event listener then leaves the request to the reconciliation, which never needs
 *     this (its JQL {@code Satisfaction = N} states the value).</li>
 * <li>Satisfaction date: a {@link Date} (date-time fields hold {@code java.sql.Timestamp}).</li>
 * <li>Organizations: a collection of JSM's public {@link CustomerOrganization} (or of numbers).</li>
 * </ul>
 * Compiled and tested against the declarations in {@code platform-api}; not verified in a running JSM.
 */
public final class JsmRequestFields {

    public static final String SATISFACTION_TYPE = "com.atlassian.servicedesk:sd-request-feedback";
    public static final String SATISFACTION_DATE_TYPE = "com.atlassian.servicedesk:sd-request-feedback-date";
    public static final String ORGANIZATIONS_TYPE = "com.atlassian.servicedesk:sd-customer-organizations";

    /** {@code rating=4}, {@code rating: 4}, {@code "rating":4}, case-insensitive. */
    private static final Pattern NAMED_RATING = Pattern.compile("(?i)\\brating\\W{0,3}([1-5])\\b");
    private static final Pattern BARE_RATING = Pattern.compile("^\\s*([1-5])\\s*$");

    private final CustomFieldManager customFields;

    public JsmRequestFields(CustomFieldManager customFields) {
        this.customFields = Objects.requireNonNull(customFields, "customFields");
    }

    public Optional<CustomField> field(String typeKey) {
        return customFields.getCustomFieldObjects().stream()
                .filter(f -> f.getCustomFieldType() != null && typeKey.equals(f.getCustomFieldType().getKey()))
                .findFirst();
    }

    /** The request's current rating 1..5; empty when none or when the value cannot be read safely. */
    public OptionalInt rating(Issue request) {
        Object value = field(SATISFACTION_TYPE).map(request::getCustomFieldValue).orElse(null);
        return ratingOf(value);
    }

    /** True when the request carries any Satisfaction value (cheap check before reading it). */
    public boolean isRated(Issue request) {
        return field(SATISFACTION_TYPE).map(request::getCustomFieldValue).isPresent();
    }

    /** The Satisfaction date; empty when the field is missing or holds no date. */
    public Optional<Instant> ratedAt(Issue request) {
        Object value = field(SATISFACTION_DATE_TYPE).map(request::getCustomFieldValue).orElse(null);
        return value instanceof Date date ? Optional.of(date.toInstant()) : Optional.empty();
    }

    /** The ids of the request's organisations; empty when it has none. */
    public List<Long> organisationIds(Issue request) {
        Object value = field(ORGANIZATIONS_TYPE).map(request::getCustomFieldValue).orElse(null);
        List<Long> ids = new ArrayList<>();
        if (value instanceof Collection<?> organisations) {
            for (Object organisation : organisations) {
                if (organisation instanceof CustomerOrganization jsm) {
                    ids.add((long) jsm.getId());
                } else if (organisation instanceof Number number) {
                    ids.add(number.longValue());
                }
            }
        }
        return ids;
    }

    static OptionalInt ratingOf(Object value) {
        if (value == null) {
            return OptionalInt.empty();
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            return d == Math.rint(d) && d >= 1 && d <= 5 ? OptionalInt.of((int) d) : OptionalInt.empty();
        }
        String text = value.toString();
        if (text == null) {
            return OptionalInt.empty();
        }
        Matcher bare = BARE_RATING.matcher(text);
        if (bare.matches()) {
            return OptionalInt.of(Integer.parseInt(bare.group(1)));
        }
        Matcher named = NAMED_RATING.matcher(text);
        if (!named.find()) {
            return OptionalInt.empty();
        }
        int rating = Integer.parseInt(named.group(1));
        // Two different "rating" values in one text: do not guess.
        while (named.find()) {
            if (Integer.parseInt(named.group(1)) != rating) {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.of(rating);
    }
}
