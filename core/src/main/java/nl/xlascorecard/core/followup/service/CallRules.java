package nl.xlascorecard.core.followup.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import nl.xlascorecard.core.followup.domain.CallOutcome;
import nl.xlascorecard.core.followup.domain.FollowUp;
import nl.xlascorecard.core.followup.port.in.WorkFollowUps.CallLog;
import nl.xlascorecard.core.shared.FieldErrors;
import nl.xlascorecard.core.shared.Inputs;

/** Field rules of a logged call. */
final class CallRules {

    /** Calls logged at once; more is a typing error. */
    static final int MAX_ATTEMPTS_PER_LOG = 20;
    /** A browser's clock may run a little ahead of the server's; a call "in the future" by less is now. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    static final String CONTACTED_IN_FUTURE = "xla.error.followUp.contactedInFuture";
    static final String CONTACTED_BEFORE_RATING = "xla.error.followUp.contactedBeforeRating";
    private static final String OUTCOMES = Inputs.choices(CallOutcome.class);

    private CallRules() {
    }

    static FieldErrors check(CallLog call, FollowUp followUp, Instant now) {
        FieldErrors errors = new FieldErrors();
        if (errors.required("outcome", Inputs.stripped(call.outcome()))
                && Inputs.choice(CallOutcome.class, call.outcome()).isEmpty()) {
            errors.add("outcome", FieldErrors.INVALID_CHOICE, OUTCOMES);
        }
        errors.range("attempts", call.attempts(), 1, MAX_ATTEMPTS_PER_LOG);
        errors.maxLength("notes", Inputs.stripped(call.notes()), FollowUp.MAX_TEXT);
        errors.maxLength("agreement", Inputs.stripped(call.agreement()), FollowUp.MAX_TEXT);
        Instant contactedAt = call.contactedAt();
        if (contactedAt != null) {
            if (contactedAt.isAfter(now.plus(CLOCK_SKEW))) {
                errors.add("contactedAt", CONTACTED_IN_FUTURE);
            } else if (contactedAt.isBefore(followUp.ratedAt())) {
                errors.add("contactedAt", CONTACTED_BEFORE_RATING);
            }
        }
        return errors;
    }

    static CallOutcome outcome(CallLog call) {
        Optional<CallOutcome> outcome = Inputs.choice(CallOutcome.class, call.outcome());
        return outcome.orElseThrow();
    }

    /** When the call took place: as given, never later than now (the skew allowance is not kept). */
    static Instant contactedAt(CallLog call, Instant now) {
        Instant at = call.contactedAt();
        return at == null || at.isAfter(now) ? now : at;
    }
}
