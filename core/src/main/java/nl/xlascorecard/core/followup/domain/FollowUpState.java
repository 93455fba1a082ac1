package nl.xlascorecard.core.followup.domain;

/** A follow-up is OPEN until a logged call closes it; DONE is final. */
public enum FollowUpState {
    OPEN,
    DONE
}
