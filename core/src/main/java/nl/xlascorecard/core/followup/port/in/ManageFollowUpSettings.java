package nl.xlascorecard.core.followup.port.in;

import nl.xlascorecard.core.followup.domain.FollowUpSettings;
import nl.xlascorecard.core.shared.Caller;

/** In-port: follow-up settings. Reading: service managers; changing: administrators. */
public interface ManageFollowUpSettings {

    FollowUpSettings get(Caller caller);

    FollowUpSettings update(Caller caller, FollowUpSettings settings);
}
