package nl.xlascorecard.core.target.service;

import nl.xlascorecard.core.shared.ConflictException;
import nl.xlascorecard.core.shared.NotFoundException;
import nl.xlascorecard.core.target.domain.XlaTarget;

/** The target feature's 404 and 409 answers, with their message keys. */
public final class TargetConflicts {

    public static final String DUPLICATE = "xla.error.target.duplicate";
    public static final String NOT_FOUND = "xla.error.target.notFound";
    public static final String INHERITED = "xla.error.target.inherited";

    private TargetConflicts() {
    }

    /** The scope already has a target for the same metric (and category). */
    public static ConflictException duplicate(XlaTarget target) {
        return new ConflictException("metric", DUPLICATE, "a target for " + target.subject() + " exists in scope "
                + (target.isDefault() ? "defaults" : "organisation " + target.organisationId()),
                target.metric().name());
    }

    public static NotFoundException notFound(long targetId) {
        return new NotFoundException(NOT_FOUND, "target " + targetId + " missing or hidden");
    }

    /** A default was addressed as an organisation's own target: defaults are changed as defaults. */
    public static ConflictException inherited(long targetId) {
        return new ConflictException(null, INHERITED, "target " + targetId + " is an inherited default");
    }
}
