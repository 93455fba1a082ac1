package nl.xlascorecard.core.rating.service;

import java.util.List;
import java.util.regex.Pattern;

import nl.xlascorecard.core.rating.domain.RatingObservation;
import nl.xlascorecard.core.rating.domain.TicketRating;
import nl.xlascorecard.core.shared.FieldErrors;
import nl.xlascorecard.core.shared.Inputs;

/** Field rules of a rating observation; turns a valid one into the rating to store. */
final class RatingRules {

    /** A Jira issue key: project key (capital, then capitals, digits or _), dash, number. */
    static final Pattern REQUEST_KEY = Pattern.compile("[A-Z][A-Z0-9_]+-[0-9]+");
    /** A request in more organisations than this is surely a data error. */
    static final int MAX_ORGANISATIONS = 100;

    static final String REQUEST_KEY_FORMAT = "xla.error.rating.requestKeyFormat";
    static final String TOO_MANY_ORGANISATIONS = "xla.error.rating.organisations.tooMany";

    private RatingRules() {
    }

    /**
     * The observation as a rating (texts stripped, blank texts absent, organisations sorted).
     *
     * @throws nl.xlascorecard.core.shared.ValidationException naming every invalid field
     */
    static TicketRating toRating(RatingObservation o) {
        FieldErrors errors = new FieldErrors();
        String key = Inputs.stripped(o.requestKey());
        if (errors.required("requestKey", key)) {
            if (key.length() > TicketRating.MAX_REQUEST_KEY) {
                errors.maxLength("requestKey", key, TicketRating.MAX_REQUEST_KEY);
            } else if (!REQUEST_KEY.matcher(key).matches()) {
                errors.add("requestKey", REQUEST_KEY_FORMAT);
            }
        }
        errors.range("requestId", o.requestId(), 1, Long.MAX_VALUE);
        List<Long> organisations = o.organisationIds() == null ? List.of() : o.organisationIds();
        if (organisations.size() > MAX_ORGANISATIONS) {
            errors.add("organisationIds", TOO_MANY_ORGANISATIONS, String.valueOf(MAX_ORGANISATIONS));
        } else {
            for (int i = 0; i < organisations.size(); i++) {
                Long id = organisations.get(i);
                if (errors.required("organisationIds[" + i + "]", id)) {
                    errors.range("organisationIds[" + i + "]", id, 1, Long.MAX_VALUE);
                }
            }
        }
        errors.range("rating", o.rating(), TicketRating.MIN_RATING, TicketRating.MAX_RATING);
        String comment = Inputs.stripped(o.comment());
        errors.maxLength("comment", comment, TicketRating.MAX_COMMENT);
        errors.required("ratedAt", o.ratedAt());
        String requesterKey = Inputs.stripped(o.requesterKey());
        String requesterName = Inputs.stripped(o.requesterName());
        errors.maxLength("requesterKey", requesterKey, TicketRating.MAX_USER);
        errors.maxLength("requesterName", requesterName, TicketRating.MAX_USER);
        errors.throwIfAny();
        return new TicketRating(key, o.requestId(), organisations, o.rating(), comment, o.ratedAt(), requesterKey,
                requesterName, 0);
    }
}
