package nl.xlascorecard.core.organisation.port.in;

import nl.xlascorecard.core.organisation.domain.AppSettings;
import nl.xlascorecard.core.shared.Caller;

/** In-port: global settings. Reading: service managers; changing: administrators. */
public interface ManageSettings {

    AppSettings get(Caller caller);

    AppSettings update(Caller caller, AppSettings settings);
}
