package nl.xlascorecard.core.organisation.port.out;

import nl.xlascorecard.core.organisation.domain.AppSettings;

/** Out-port: the app's global settings (one row). */
public interface AppSettingsRepository {

    /** The stored settings, or {@link AppSettings#defaults()} when none were saved. */
    AppSettings load();

    AppSettings save(AppSettings settings);
}
