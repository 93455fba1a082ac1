package nl.xlascorecard.core.scorecard.port.in;

import java.util.List;

import nl.xlascorecard.core.scorecard.domain.ScorecardTemplate;
import nl.xlascorecard.core.scorecard.domain.TemplateCategory;
import nl.xlascorecard.core.shared.Caller;

/** In-port: the scorecard template. Everyone with app access reads; only administrators edit. */
public interface ManageTemplate {

    /** The current version (the shipped default when none was saved). */
    ScorecardTemplate current(Caller caller);

    /** @throws nl.xlascorecard.core.shared.NotFoundException unknown version */
    ScorecardTemplate version(Caller caller, int version);

    /**
     * Saves an edited template as a new version. {@code basedOnVersion} must be the current
     * version (else 409), so two administrators cannot silently overwrite each other.
     */
    ScorecardTemplate saveNewVersion(Caller caller, int basedOnVersion, List<TemplateCategory> categories);
}
